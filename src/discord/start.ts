// Starts the Discord front end: the shared core, the discord.js client and
// the interaction handler, with logging that never shows the token.
import { Events, type Client, type ClientOptions } from 'discord.js';
import { Bot } from '../bot.ts';
import type { Config } from '../config/env.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { createDiscordClient } from './client.ts';
import { Cooldown } from './cooldown.ts';
import { createInteractionHandler } from './interactions.ts';

/** /ask spam control: at most this many questions per user per window. */
const ASK_LIMIT = 5;
const ASK_WINDOW_MS = 10_000;

export interface DiscordBotOptions {
  logger?: Logger;
  /** Test-only client adjustments (rate-limit and identify throttles). */
  clientOverrides?: Partial<ClientOptions>;
}

export interface RunningDiscordBot {
  readonly bot: Bot;
  readonly logger: Logger;
  readonly client: Client<true>;
  /** Stops taking interactions, then closes the gateway connection. Idempotent. */
  stop(): Promise<void>;
}

export async function startDiscordBot(config: Config, options: DiscordBotOptions = {}): Promise<RunningDiscordBot> {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('startDiscordBot needs DISCORD_TOKEN');
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: [token] });
  const bot = new Bot({ onError: (error, where) => logger.error({ err: error, ...where }, 'command failed') });
  const client = createDiscordClient({ apiUrl: config.DISCORD_API_URL, overrides: options.clientOverrides });

  let accepting = true;
  const handle = createInteractionHandler({ bot, logger, askCooldown: new Cooldown(ASK_LIMIT, ASK_WINDOW_MS), now: Date.now });
  client.on(Events.InteractionCreate, (interaction) => {
    if (accepting) void handle(interaction);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ code: event.code, shard }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, entries: bot.kb.entries.size }, 'ready');

  let stopped: Promise<void> | undefined;
  return {
    bot,
    logger,
    client: client as Client<true>,
    stop() {
      stopped ??= (async () => {
        accepting = false;
        await client.destroy();
        logger.info('stopped');
      })();
      return stopped;
    },
  };
}
