// Starts the Discord front end. The login begins as soon as the
// configuration is read; the bot's own parts (database, knowledge base,
// briefing) load while the gateway handshake runs, and interactions that
// arrive before they are loaded wait for them. Logs never show the token.
import { Events, type Client, type ClientOptions } from 'discord.js';
import type { BriefingScheduler } from '../briefing/scheduler.ts';
import type { BriefingService } from '../briefing/service.ts';
import type { Bot } from '../bot.ts';
import type { Config } from '../config/env.ts';
import { NO_METRICS, type Metrics } from '../health/metrics.ts';
import { ServiceStatus } from '../health/status.ts';
import type { ReloadOutcome } from '../library/holder.ts';
import { createLogger, type Logger } from '../log/logger.ts';
import { createDiscordClient } from './client.ts';
import { connect } from './connect.ts';
import type { Services } from './services.ts';

export interface DiscordBotOptions {
  logger?: Logger;
  /** Test-only client adjustments (rate-limit and identify throttles). */
  clientOverrides?: Partial<ClientOptions>;
  /** The clock the briefing schedule reads (tests move it). */
  now?: () => Date;
  /** What /readyz reports; the bot keeps it current. */
  status?: ServiceStatus;
  metrics?: Metrics;
  /** Aborts a start still connecting (a stop signal during start-up). */
  signal?: AbortSignal;
  /** Waits between connection attempts (tests shorten them). */
  connectDelaysMs?: readonly number[];
}

export interface RunningDiscordBot {
  readonly bot: Bot;
  readonly logger: Logger;
  readonly client: Client<true>;
  readonly scheduler: BriefingScheduler;
  readonly status: ServiceStatus;
  /** Reads knowledge/ again; on a problem keeps serving the previous knowledge base. Logged and counted. */
  reloadKnowledge(): ReloadOutcome;
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

function watchGateway(client: Client, logger: Logger, status: ServiceStatus, metrics: Metrics): void {
  const gateway = (ready: boolean) => {
    status.gatewayReady = ready;
    metrics.gatewayReady(ready);
  };
  client.on(Events.ShardReady, () => gateway(true));
  client.on(Events.ShardResume, (shard, replayed) => {
    gateway(true);
    logger.info({ shard, replayed }, 'gateway resumed');
  });
  client.on(Events.ShardReconnecting, (shard) => {
    gateway(false);
    logger.warn({ shard }, 'gateway reconnecting');
  });
  client.on(Events.ShardDisconnect, (event, shard) => {
    gateway(false);
    logger.warn({ code: event.code, shard }, 'gateway disconnected');
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
}

export async function startDiscordBot(config: Config, options: DiscordBotOptions = {}): Promise<RunningDiscordBot> {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('startDiscordBot needs DISCORD_TOKEN');
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, secrets: [token] });
  const now = options.now ?? (() => new Date());
  const status = options.status ?? new ServiceStatus();
  const metrics = options.metrics ?? NO_METRICS;
  const client = createDiscordClient({ apiUrl: config.DISCORD_API_URL, overrides: options.clientOverrides });
  const abort = new AbortController();
  const stopStarting = () => abort.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', stopStarting, { once: true });

  const loading: Promise<Services> = import('./services.ts').then(({ openServices }) => openServices({ config, client, logger, now, metrics, status }));
  // A failure to load (database, knowledge base) stops the connection attempts, and is the reason given.
  let loadFailure: unknown;
  loading.catch((error: unknown) => {
    loadFailure = error;
    abort.abort(error);
  });
  let accepting = true;
  client.on(Events.InteractionCreate, (interaction) => {
    if (accepting) void loading.then((services) => services.handle(interaction), () => {});
  });
  watchGateway(client, logger, status, metrics);

  let services: Services;
  try {
    await connect(client, { token, logger, signal: abort.signal, delaysMs: options.connectDelaysMs });
    services = await loading;
  } catch (error) {
    accepting = false;
    abort.abort();
    await client.destroy();
    const opened = await loading.catch(() => undefined);
    opened?.store.close();
    throw loadFailure ?? error;
  } finally {
    options.signal?.removeEventListener('abort', stopStarting);
  }
  const { bot, store, service, scheduler } = services;
  status.gatewayReady = true;
  metrics.gatewayReady(true);
  applyEnvironmentBriefing(config, client, service, logger);
  scheduler.start();
  logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, entries: bot.kb.entries.size, knowledge: bot.knowledge.fromSnapshot ? 'snapshot' : 'yaml' },
    'ready',
  );

  let stopped: Promise<void> | undefined;
  return {
    bot,
    logger,
    client: client as Client<true>,
    scheduler,
    status,
    reloadKnowledge() {
      const outcome = bot.knowledge.reload();
      metrics.knowledgeReload(outcome.ok ? 'ok' : 'failed');
      if (outcome.ok) logger.info({ entries: outcome.entries }, 'knowledge base reloaded');
      else logger.error(`knowledge base not reloaded; still serving the previous one. ${outcome.message}`);
      return outcome;
    },
    stop() {
      stopped ??= (async () => {
        accepting = false;
        status.shuttingDown = true;
        await scheduler.stop();
        await client.destroy();
        store.close();
        logger.info('stopped');
      })();
      return stopped;
    },
  };
}
