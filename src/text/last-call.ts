// The steps that read one question ask the same of its text several times
// (is it Vietnamese? which states does it name?): the language, the asked
// type, the ordinal, the resolvers. Remembering the last call answers the
// repeats without threading one result through every step. Only the last
// text is kept, so nothing outlives the question being read.

/** `read`, answering a call with the same text as the one before from that call's result. */
export function rememberLast<R>(read: (text: string) => R): (text: string) => R {
  let lastText: string | undefined;
  let lastResult: R;
  return (text) => {
    if (text !== lastText) {
      lastResult = read(text);
      lastText = text;
    }
    return lastResult;
  };
}
