// Logs into Discord and waits for the gateway to be ready. Discord refusing
// the token (401, or gateway close 4004) stops the start with one line
// saying what to do; Discord unreachable or failing (network errors, 5xx) is
// logged once per attempt and retried with a capped backoff.
import { DiscordjsError, DiscordjsErrorCodes, Events, type Client } from 'discord.js';
import { GatewayCloseCodes } from 'discord-api-types/v10';
import { OperatorError } from '../errors.ts';
import type { Logger } from '../log/logger.ts';

/** Waits between attempts; the last one repeats. */
const CONNECT_RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000] as const;

export const TOKEN_REJECTED =
  'Discord rejected DISCORD_TOKEN: the token is wrong, or it was reset. In the developer portal, open your application → Bot → Reset Token, and put the new token in DISCORD_TOKEN.';

/** Closes after which reconnecting cannot help: the configuration must change. */
const FATAL_CLOSES: ReadonlyMap<number, string> = new Map([
  [GatewayCloseCodes.AuthenticationFailed, TOKEN_REJECTED],
  [GatewayCloseCodes.DisallowedIntents, 'Discord refused the gateway intents this bot asks for (close 4014). It only needs Guilds, which is not privileged: check the application in the developer portal.'],
  [GatewayCloseCodes.InvalidIntents, 'Discord refused the gateway intents this bot asks for (close 4013).'],
  [GatewayCloseCodes.InvalidShard, 'Discord refused the shard this bot asked for (close 4010).'],
  [GatewayCloseCodes.ShardingRequired, 'Discord requires sharding for this bot (close 4011): it is in too many servers for one connection.'],
  [GatewayCloseCodes.InvalidAPIVersion, 'Discord refused the gateway version (close 4012): update discord.js.'],
]);

class GatewayClosed extends Error {
  constructor(readonly code: number) {
    super(`the gateway closed with code ${code}`);
  }
}

function fatalMessage(error: unknown): string | undefined {
  if (error instanceof GatewayClosed) return FATAL_CLOSES.get(error.code);
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) return TOKEN_REJECTED;
  if ((error as { status?: unknown }).status === 401) return TOKEN_REJECTED;
  return undefined;
}

/** Why an attempt failed, in a few words for the log line (no stack). */
function connectFailure(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number') return `Discord answered ${status}`;
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}

/** One login, until the gateway is ready or the attempt fails. */
function attempt(client: Client, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onReady = () => {
      cleanup();
      resolve();
    };
    const onDisconnect = (event: { code: number }) => {
      cleanup();
      reject(new GatewayClosed(event.code));
    };
    const cleanup = () => {
      client.off(Events.ClientReady, onReady);
      client.off(Events.ShardDisconnect, onDisconnect);
    };
    client.once(Events.ClientReady, onReady);
    client.on(Events.ShardDisconnect, onDisconnect);
    client.login(token).catch((error: unknown) => {
      cleanup();
      reject(error);
    });
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export interface ConnectOptions {
  token: string;
  logger: Logger;
  /** Stops retrying (the start failed elsewhere, or the process is stopping). */
  signal: AbortSignal;
  delaysMs?: readonly number[];
}

export async function connect(client: Client, { token, logger, signal, delaysMs = CONNECT_RETRY_DELAYS_MS }: ConnectOptions): Promise<void> {
  for (let n = 1; ; n++) {
    try {
      await attempt(client, token);
      return;
    } catch (error) {
      const fatal = fatalMessage(error);
      if (fatal) {
        await client.destroy();
        throw new OperatorError(fatal);
      }
      const delay = delaysMs[Math.min(n, delaysMs.length) - 1] ?? 60_000;
      logger.warn({ attempt: n, retryInSeconds: delay / 1000, reason: connectFailure(error) }, `cannot connect to Discord (attempt ${n}); retrying in ${delay / 1000} s`);
      await client.destroy();
      await sleep(delay, signal);
    }
  }
}
