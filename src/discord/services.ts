// The bot's own parts on Discord — database, knowledge base and index,
// briefing, interaction handler — opened while the gateway handshake runs
// (start.ts imports this module only once the login has begun).
import { resolve } from 'node:path';
import type { Client } from 'discord.js';
import { Deliverer } from '../briefing/deliver.ts';
import { BriefingScheduler } from '../briefing/scheduler.ts';
import { BriefingService } from '../briefing/service.ts';
import { Bot } from '../bot.ts';
import type { Config } from '../config/env.ts';
import type { Metrics } from '../health/metrics.ts';
import type { ServiceStatus } from '../health/status.ts';
import type { Logger } from '../log/logger.ts';
import { BriefingStore } from '../store/briefing-store.ts';
import { DiscordBriefingPoster } from './briefing-poster.ts';
import { Cooldown } from './cooldown.ts';
import { createInteractionHandler } from './interactions.ts';

/** /ask spam control: at most this many questions per user per window. */
const ASK_LIMIT = 5;
const ASK_WINDOW_MS = 10_000;

export interface ServiceDeps {
  config: Config;
  client: Client;
  logger: Logger;
  now: () => Date;
  metrics: Metrics;
  status: ServiceStatus;
}

export interface Services {
  bot: Bot;
  store: BriefingStore;
  service: BriefingService;
  scheduler: BriefingScheduler;
  handle: ReturnType<typeof createInteractionHandler>;
}

export function openServices({ config, client, logger, now, metrics, status }: ServiceDeps): Services {
  // The database first: a problem with it stops the start before the knowledge base is read.
  const store = BriefingStore.open(config.DATABASE_PATH);
  status.databaseOpen = true;
  let bot: Bot;
  try {
    bot = new Bot({ knowledgeDir: config.KNOWLEDGE_DIR && resolve(config.KNOWLEDGE_DIR), defaultTimezone: config.BRIEFING_TIMEZONE, onError: (error, where) => logger.error({ err: error, ...where }, 'command failed') });
  } catch (error) {
    store.close();
    throw error;
  }
  status.knowledgeLoaded = true;
  const catchupHours = config.BRIEFING_CATCHUP_HOURS;
  const deliverer = new Deliverer({ knowledge: bot.knowledge, store, poster: new DiscordBriefingPoster(client), logger, metrics });
  const service = new BriefingService({ store, deliverer, now, catchupHours });
  bot.briefing = service;
  const scheduler = new BriefingScheduler({ store, deliverer, logger, now, catchupHours });
  const handle = createInteractionHandler({ bot, logger, askCooldown: new Cooldown(ASK_LIMIT, ASK_WINDOW_MS), now: Date.now, metrics });
  return { bot, store, service, scheduler, handle };
}
