// Starts the Discord front end: the shared core, the discord.js client, the
// interaction handler and the daily briefing, with logging that never shows
// the token.
import { Events, type Client, type ClientOptions } from 'discord.js';
import { Deliverer } from '../briefing/deliver.ts';
import { BriefingScheduler } from '../briefing/scheduler.ts';
import { BriefingService } from '../briefing/service.ts';
import { Bot } from '../bot.ts';
import type { Config } from '../config/env.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { BriefingStore } from '../store/briefing-store.ts';
import { DiscordBriefingPoster } from './briefing-poster.ts';
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
  /** The clock the briefing schedule reads (tests move it). */
  now?: () => Date;
}

export interface RunningDiscordBot {
  readonly bot: Bot;
  readonly logger: Logger;
  readonly client: Client<true>;
  readonly scheduler: BriefingScheduler;
  /** Stops taking interactions and briefings, closes the gateway and the database. Idempotent. */
  stop(): Promise<void>;
}

/** BRIEFING_CHANNEL_ID sets up one server's briefing without any command (an admin's /briefing set wins). */
function applyEnvironmentBriefing(config: Config, client: Client, service: BriefingService, logger: Logger): void {
  const channelId = config.BRIEFING_CHANNEL_ID;
  if (!channelId) return;
  const channel = client.channels.cache.get(channelId);
  if (!channel || channel.isDMBased()) {
    logger.warn({ channel: channelId }, 'BRIEFING_CHANNEL_ID is not a server channel the bot can see; no default briefing');
    return;
  }
  service.applyDefault(channel.guildId, {
    channelId,
    time: config.BRIEFING_TIME,
    timezone: config.BRIEFING_TIMEZONE,
    language: config.BRIEFING_LANGUAGE,
  });
}

export async function startDiscordBot(config: Config, options: DiscordBotOptions = {}): Promise<RunningDiscordBot> {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('startDiscordBot needs DISCORD_TOKEN');
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: [token] });
  const now = options.now ?? (() => new Date());
  // Opened first: a database problem stops the start before anything connects.
  const store = BriefingStore.open(config.DATABASE_PATH);
  const bot = new Bot({ defaultTimezone: config.BRIEFING_TIMEZONE, onError: (error, where) => logger.error({ err: error, ...where }, 'command failed') });
  const client = createDiscordClient({ apiUrl: config.DISCORD_API_URL, overrides: options.clientOverrides });

  const deliverer = new Deliverer({ kb: bot.kb, store, poster: new DiscordBriefingPoster(client), logger });
  const catchupHours = config.BRIEFING_CATCHUP_HOURS;
  const service = new BriefingService({ store, deliverer, now, catchupHours });
  bot.briefing = service;
  const scheduler = new BriefingScheduler({ store, deliverer, logger, now, catchupHours });

  let accepting = true;
  const handle = createInteractionHandler({ bot, logger, askCooldown: new Cooldown(ASK_LIMIT, ASK_WINDOW_MS), now: Date.now });
  client.on(Events.InteractionCreate, (interaction) => {
    if (accepting) void handle(interaction);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ code: event.code, shard }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
    await ready;
  } catch (error) {
    store.close();
    await client.destroy();
    throw error;
  }
  applyEnvironmentBriefing(config, client, service, logger);
  scheduler.start();
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, entries: bot.kb.entries.size }, 'ready');

  let stopped: Promise<void> | undefined;
  return {
    bot,
    logger,
    client: client as Client<true>,
    scheduler,
    stop() {
      stopped ??= (async () => {
        accepting = false;
        await scheduler.stop();
        await client.destroy();
        store.close();
        logger.info('stopped');
      })();
      return stopped;
    },
  };
}
