// An error the person running the bot can fix (configuration, knowledge
// base, database, Discord refusing the token): its message says what is
// wrong and what to do, so entry points print it as is — never a stack trace.
export class OperatorError extends Error {
  override name = 'OperatorError';
}
