// Decides, once a minute, which servers' briefings are due, and hands them
// to the pacer in a stable order (a per-server hash, so servers that chose
// the same minute are spread over the following seconds the same way every
// day). The delivery log, not this class, guarantees once a day; a restart
// therefore only needs to run the same check: what is due and not posted is
// posted at once, within the catch-up window.
import { Cron } from 'croner';
import type { Logger } from '../log/logger.ts';
import type { BriefingSettings, BriefingStore } from '../store/briefing-store.ts';
import { localDate, scheduledInstant } from './calendar.ts';
import type { Deliverer } from './deliver.ts';
import { Pacer } from './pacer.ts';
import { stableHash } from './rotation.ts';

export interface SchedulerDeps {
  store: BriefingStore;
  deliverer: Deliverer;
  logger: Logger;
  now: () => Date;
  /** A day's briefing missed by more than this (the bot was down) is skipped. */
  catchupHours: number;
  /** Posting pace; Discord's global limit is 50 requests per second. */
  postsPerSecond?: number;
}

export const DEFAULT_POSTS_PER_SECOND = 48;

export class BriefingScheduler {
  private readonly pacer: Pacer;
  private readonly queued = new Set<string>();
  private job: Cron | undefined;

  constructor(private readonly deps: SchedulerDeps) {
    this.pacer = new Pacer(deps.postsPerSecond ?? DEFAULT_POSTS_PER_SECOND);
  }

  /** Checks now (catch-up after a restart, and re-sending what a crash interrupted), then at the start of every minute. */
  start(): void {
    for (const delivery of this.deps.store.releaseInterrupted(this.deps.now())) {
      this.deps.logger.warn(
        { guild: delivery.guildId, date: delivery.localDate, attempt: delivery.attempts },
        'a briefing was being posted when the bot last stopped; re-sending it now with the same nonce',
      );
    }
    this.job = new Cron('* * * * *', { protect: true }, () => {
      this.tick();
    });
    this.tick();
  }

  async stop(): Promise<void> {
    this.job?.stop();
    this.pacer.clear();
    await this.pacer.idle();
  }

  /** Resolves once everything queued so far has been attempted. */
  idle(): Promise<void> {
    return this.pacer.idle();
  }

  /** The servers due at `now`, in their stable order; queues each for posting. */
  tick(now: Date = this.deps.now()): string[] {
    const due = this.deps.store
      .activeSettings()
      .filter((settings) => this.isDue(settings, now))
      .sort((a, b) => stableHash(a.guildId) - stableHash(b.guildId) || (a.guildId < b.guildId ? -1 : 1));
    for (const settings of due) this.enqueue(settings);
    return due.map((s) => s.guildId);
  }

  isDue(settings: BriefingSettings, now: Date): boolean {
    const date = localDate(now, settings.timezone);
    if (date < settings.activeFrom) return false;
    const delivery = this.deps.store.delivery(settings.guildId, date);
    // A day already begun is retried until its retries run out, whatever the catch-up window.
    if (delivery) return delivery.status === 'pending' && (delivery.nextAttemptAt === null || delivery.nextAttemptAt <= now.toISOString());
    const scheduled = scheduledInstant(date, settings.time, settings.timezone);
    return now >= scheduled && now.getTime() - scheduled.getTime() <= this.deps.catchupHours * 3_600_000;
  }

  private enqueue(settings: BriefingSettings): void {
    if (this.queued.has(settings.guildId)) return;
    this.queued.add(settings.guildId);
    this.pacer.push(async () => {
      try {
        // Settings may have changed while queued (off, paused, new channel): re-read them.
        const current = this.deps.store.settings(settings.guildId);
        if (current?.enabled && !current.pausedReason) await this.deps.deliverer.deliver(current, this.deps.now());
      } catch (error) {
        this.deps.logger.error({ err: error, guild: settings.guildId }, 'briefing delivery crashed');
      } finally {
        this.queued.delete(settings.guildId);
      }
    });
  }
}
