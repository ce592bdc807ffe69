// Briefing settings and state as the /briefing command needs them, over the
// store and the deliverer.
import type { Lang } from '../knowledge/schema.ts';
import type { BriefingSettings, BriefingStore, Delivery } from '../store/briefing-store.ts';
import { addDays, localDate, nextScheduledDate, scheduledInstant } from './calendar.ts';
import type { Deliverer, DeliveryOutcome } from './deliver.ts';

export interface ScheduleChoice {
  channelId: string;
  time: string;
  timezone: string;
  language: Lang;
}

export interface BriefingStatus {
  settings: BriefingSettings;
  /** When the next briefing will be posted; undefined while off or paused. */
  nextPost?: Date;
  lastPosted?: Delivery;
  lastDelivery?: Delivery;
}

export interface BriefingServiceDeps {
  store: BriefingStore;
  deliverer: Deliverer;
  now: () => Date;
  catchupHours: number;
}

export class BriefingService {
  constructor(private readonly deps: BriefingServiceDeps) {}

  /** Sets (or resumes) a server's briefing; a time already past today starts tomorrow. */
  set(guildId: string, choice: ScheduleChoice, source: BriefingSettings['source'] = 'command'): BriefingSettings {
    const now = this.deps.now();
    const activeFrom = nextScheduledDate(now, choice.time, choice.timezone);
    return this.deps.store.saveSettings({ guildId, ...choice, activeFrom, source }, now);
  }

  /**
   * The schedule given by the environment (BRIEFING_CHANNEL_ID…), unless an
   * admin has set one with /briefing set, which always wins.
   */
  applyDefault(guildId: string, choice: ScheduleChoice): BriefingSettings | undefined {
    const existing = this.deps.store.settings(guildId);
    if (existing?.source === 'command') return undefined;
    const unchanged =
      existing && existing.channelId === choice.channelId && existing.time === choice.time && existing.timezone === choice.timezone && existing.language === choice.language;
    return unchanged ? existing : this.set(guildId, choice, 'environment');
  }

  off(guildId: string): boolean {
    return this.deps.store.disable(guildId, this.deps.now());
  }

  settings(guildId: string): BriefingSettings | undefined {
    return this.deps.store.settings(guildId);
  }

  status(guildId: string): BriefingStatus | undefined {
    const settings = this.deps.store.settings(guildId);
    if (!settings) return undefined;
    return {
      settings,
      nextPost: settings.enabled && !settings.pausedReason ? this.nextPost(settings) : undefined,
      lastPosted: this.deps.store.lastPosted(guildId),
      lastDelivery: this.deps.store.lastDelivery(guildId),
    };
  }

  /** `/briefing now`: today's briefing, now; it is today's post, so it happens at most once. */
  postNow(settings: BriefingSettings): Promise<DeliveryOutcome> {
    return this.deps.deliverer.deliver(settings, this.deps.now());
  }

  private nextPost(settings: BriefingSettings): Date {
    const now = this.deps.now();
    const today = localDate(now, settings.timezone);
    let date = settings.activeFrom > today ? settings.activeFrom : today;
    const scheduled = scheduledInstant(date, settings.time, settings.timezone);
    const done = this.deps.store.delivery(settings.guildId, date)?.status;
    const missed = now.getTime() - scheduled.getTime() > this.deps.catchupHours * 3_600_000;
    if (done === 'posted' || done === 'failed' || missed) date = addDays(date, 1);
    const next = scheduledInstant(date, settings.time, settings.timezone);
    return next > now ? next : now;
  }
}
