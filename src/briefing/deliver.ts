// Posts one server's briefing for its current local day, at most once: the
// day is claimed in the delivery log first, and a failure becomes a state
// the server's admins can see (paused with a reason, retrying, or failed).
import { randomBytes } from 'node:crypto';
import { NO_METRICS, type Metrics } from '../health/metrics.ts';
import type { CurrentKnowledge } from '../knowledge/types.ts';
import type { Logger } from '../log/logger.ts';
import type { BriefingSettings, BriefingStore, Delivery } from '../store/briefing-store.ts';
import { localDate } from './calendar.ts';
import { composeBriefing } from './compose.ts';
import { PostError, type BriefingPoster } from './poster.ts';

export type DeliveryOutcome =
  | { kind: 'posted'; delivery: Delivery }
  /** Already posted, failed or in flight for this local day: nothing sent. */
  | { kind: 'already'; delivery: Delivery }
  | { kind: 'paused'; delivery: Delivery; reason: 'missing-permissions' | 'channel-missing' }
  | { kind: 'retrying'; delivery: Delivery; retryAt: Date }
  | { kind: 'failed'; delivery: Delivery };

/** Waits between attempts after a transient failure; after the last, the day is recorded as failed. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000, 60 * 60_000] as const;
/** How long one attempt holds its claim (a crash mid-post frees the day after this). */
const LEASE_MS = 2 * 60_000;

/** Discord accepts nonces of up to 25 characters. */
const newNonce = () => randomBytes(12).toString('base64url').slice(0, 16);

export interface DelivererDeps {
  knowledge: CurrentKnowledge;
  store: BriefingStore;
  poster: BriefingPoster;
  logger: Logger;
  metrics?: Pick<Metrics, 'briefing'>;
}

export class Deliverer {
  constructor(private readonly deps: DelivererDeps) {}

  async deliver(settings: BriefingSettings, now: Date): Promise<DeliveryOutcome> {
    const outcome = await this.attempt(settings, now);
    (this.deps.metrics ?? NO_METRICS).briefing(outcome.kind);
    return outcome;
  }

  private async attempt(settings: BriefingSettings, now: Date): Promise<DeliveryOutcome> {
    const { store, poster, logger } = this.deps;
    const kb = this.deps.knowledge.kb;
    const date = localDate(now, settings.timezone);
    const briefing = composeBriefing(kb, { key: settings.guildId, date, lang: settings.language });
    const claim = store.claim({
      guildId: settings.guildId,
      localDate: date,
      channelId: settings.channelId,
      nonce: newNonce(),
      factId: briefing.factId,
      quoteId: briefing.quoteId,
      now,
      leaseMs: LEASE_MS,
    });
    if (!claim.claimed) return { kind: 'already', delivery: claim.delivery };
    const { delivery } = claim;
    const log = logger.child({ guild: settings.guildId, channel: delivery.channelId, date, attempt: delivery.attempts });

    try {
      const messageId = await poster.post(delivery.channelId, briefing.reply, delivery.nonce);
      store.markPosted(settings.guildId, date, messageId, now);
      log.info({ message: messageId }, 'briefing posted');
      return { kind: 'posted', delivery: store.delivery(settings.guildId, date) as Delivery };
    } catch (error) {
      if (!(error instanceof PostError)) throw error;
      if (error.failure !== 'transient') {
        const reason = error.failure === 'forbidden' ? 'missing-permissions' : 'channel-missing';
        store.markFailed(settings.guildId, date, error.message, now);
        store.pause(settings.guildId, reason, error.message, now);
        log.warn({ reason, err: error }, 'briefing paused');
        return { kind: 'paused', delivery: store.delivery(settings.guildId, date) as Delivery, reason };
      }
      const delay = RETRY_DELAYS_MS[delivery.attempts - 1];
      const retryAt = delay === undefined ? undefined : new Date(now.getTime() + delay);
      if (retryAt && localDate(retryAt, settings.timezone) === date) {
        store.markRetry(settings.guildId, date, error.message, retryAt, now);
        log.warn({ err: error, retryAt: retryAt.toISOString() }, 'briefing not posted; will retry');
        return { kind: 'retrying', delivery: store.delivery(settings.guildId, date) as Delivery, retryAt };
      }
      store.markFailed(settings.guildId, date, error.message, now);
      log.error({ err: error }, 'briefing failed for today');
      return { kind: 'failed', delivery: store.delivery(settings.guildId, date) as Delivery };
    }
  }
}
