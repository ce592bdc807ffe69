// Structured logs with pino. Secrets never reach a log line: known secrets
// and anything shaped like a Discord token are scrubbed from every string,
// and errors are reduced to the fields worth logging (a Discord API error's
// URL holds the interaction token, so it is dropped).
import { pino, type Logger } from 'pino';

export type { Logger };

const TOKEN_SHAPES = [
  /[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}/g, // bot token
  /(\/(?:webhooks|interactions)\/\d+\/)[\w.-]{30,}/g, // interaction and webhook tokens in paths
];

export function scrub(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, (_m, prefix?: string) => `${typeof prefix === 'string' ? prefix : ''}[redacted]`);
  return out;
}

export function serializeError(error: unknown, secrets: readonly string[] = []): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrub(String(error), secrets) };
  const extra = error as Error & { code?: unknown; status?: unknown; method?: unknown };
  return {
    type: error.name,
    message: scrub(error.message, secrets),
    ...(extra.code !== undefined ? { code: extra.code } : {}),
    ...(extra.status !== undefined ? { status: extra.status } : {}),
    ...(extra.method !== undefined ? { method: extra.method } : {}),
    ...(error.stack ? { stack: scrub(error.stack, secrets) } : {}),
  };
}

export interface LoggerOptions {
  level: string;
  secrets?: readonly string[];
  destination?: NodeJS.WritableStream;
}

export function createLogger({ level, secrets = [], destination }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
      serializers: { err: (error: unknown) => serializeError(error, secrets) },
      hooks: {
        // Messages are scrubbed too: a library error text could carry a secret.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? scrub(a, secrets) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination ?? process.stdout,
  );
}
