// Briefing settings per server and the delivery log, in SQLite. The delivery
// log is what makes "once a day" hold: a server's day is claimed in a
// transaction before anything is posted, and a claim is only retried with
// the nonce it was first given.
import type { Lang } from '../knowledge/schema.ts';
import { openDatabase, type SqliteDatabase } from './database.ts';

export type PauseReason = 'missing-permissions' | 'channel-missing';

export interface BriefingSettings {
  guildId: string;
  channelId: string;
  /** HH:MM, local to `timezone`. */
  time: string;
  timezone: string;
  language: Lang;
  enabled: boolean;
  /** The first local date a briefing is due (a schedule set after today's time starts tomorrow). */
  activeFrom: string;
  pausedReason: PauseReason | null;
  pausedDetail: string | null;
  source: 'command' | 'environment';
  updatedAt: string;
}

export type DeliveryStatus = 'pending' | 'posted' | 'failed';

export interface Delivery {
  guildId: string;
  localDate: string;
  channelId: string;
  status: DeliveryStatus;
  nonce: string;
  messageId: string | null;
  factId: string | null;
  quoteId: string | null;
  error: string | null;
  attempts: number;
  /** While pending: when the next attempt may start (a lease while one is in flight). */
  nextAttemptAt: string | null;
  updatedAt: string;
}

export interface ClaimRequest {
  guildId: string;
  localDate: string;
  channelId: string;
  nonce: string;
  factId: string;
  quoteId: string;
  now: Date;
  /** How long this attempt holds the claim before another may retry it. */
  leaseMs: number;
}

export type Claim = { claimed: true; delivery: Delivery } | { claimed: false; delivery: Delivery };

interface SettingsRow {
  guild_id: string;
  channel_id: string;
  time: string;
  timezone: string;
  language: Lang;
  enabled: number;
  active_from: string;
  paused_reason: PauseReason | null;
  paused_detail: string | null;
  source: 'command' | 'environment';
  updated_at: string;
}

interface DeliveryRow {
  guild_id: string;
  local_date: string;
  channel_id: string;
  status: DeliveryStatus;
  nonce: string;
  message_id: string | null;
  fact_id: string | null;
  quote_id: string | null;
  error: string | null;
  attempts: number;
  next_attempt_at: string | null;
  updated_at: string;
}

const toSettings = (r: SettingsRow): BriefingSettings => ({
  guildId: r.guild_id,
  channelId: r.channel_id,
  time: r.time,
  timezone: r.timezone,
  language: r.language,
  enabled: r.enabled === 1,
  activeFrom: r.active_from,
  pausedReason: r.paused_reason,
  pausedDetail: r.paused_detail,
  source: r.source,
  updatedAt: r.updated_at,
});

const toDelivery = (r: DeliveryRow): Delivery => ({
  guildId: r.guild_id,
  localDate: r.local_date,
  channelId: r.channel_id,
  status: r.status,
  nonce: r.nonce,
  messageId: r.message_id,
  factId: r.fact_id,
  quoteId: r.quote_id,
  error: r.error,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  updatedAt: r.updated_at,
});

export class BriefingStore {
  private constructor(private readonly db: SqliteDatabase) {}

  static open(path: string): BriefingStore {
    return new BriefingStore(openDatabase(path));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  settings(guildId: string): BriefingSettings | undefined {
    const row = this.db.prepare<[string], SettingsRow>('SELECT * FROM briefing_settings WHERE guild_id = ?').get(guildId);
    return row && toSettings(row);
  }

  /** Servers whose briefing is on and not paused: the scheduler's work list. */
  activeSettings(): BriefingSettings[] {
    return this.db
      .prepare<[], SettingsRow>('SELECT * FROM briefing_settings WHERE enabled = 1 AND paused_reason IS NULL')
      .all()
      .map(toSettings);
  }

  /** Saves settings; saving clears any pause, which is how `/briefing set` resumes. */
  saveSettings(settings: Omit<BriefingSettings, 'pausedReason' | 'pausedDetail' | 'enabled' | 'updatedAt'>, now: Date): BriefingSettings {
    this.db
      .prepare(
        `INSERT INTO briefing_settings (guild_id, channel_id, time, timezone, language, enabled, active_from, paused_reason, paused_detail, source, updated_at)
         VALUES (@guildId, @channelId, @time, @timezone, @language, 1, @activeFrom, NULL, NULL, @source, @updatedAt)
         ON CONFLICT (guild_id) DO UPDATE SET
           channel_id = excluded.channel_id, time = excluded.time, timezone = excluded.timezone, language = excluded.language,
           enabled = 1, active_from = excluded.active_from, paused_reason = NULL, paused_detail = NULL,
           source = excluded.source, updated_at = excluded.updated_at`,
      )
      .run({ ...settings, updatedAt: now.toISOString() });
    return this.settings(settings.guildId) as BriefingSettings;
  }

  /** `/briefing off`: the settings stay, so turning it back on restores them. */
  disable(guildId: string, now: Date): boolean {
    return this.db.prepare('UPDATE briefing_settings SET enabled = 0, updated_at = ? WHERE guild_id = ?').run(now.toISOString(), guildId).changes > 0;
  }

  pause(guildId: string, reason: PauseReason, detail: string, now: Date): void {
    this.db
      .prepare('UPDATE briefing_settings SET paused_reason = ?, paused_detail = ?, updated_at = ? WHERE guild_id = ?')
      .run(reason, detail, now.toISOString(), guildId);
  }

  delivery(guildId: string, localDate: string): Delivery | undefined {
    const row = this.db
      .prepare<[string, string], DeliveryRow>('SELECT * FROM briefing_deliveries WHERE guild_id = ? AND local_date = ?')
      .get(guildId, localDate);
    return row && toDelivery(row);
  }

  lastDelivery(guildId: string): Delivery | undefined {
    const row = this.db
      .prepare<[string], DeliveryRow>('SELECT * FROM briefing_deliveries WHERE guild_id = ? ORDER BY local_date DESC LIMIT 1')
      .get(guildId);
    return row && toDelivery(row);
  }

  lastPosted(guildId: string): Delivery | undefined {
    const row = this.db
      .prepare<[string], DeliveryRow>("SELECT * FROM briefing_deliveries WHERE guild_id = ? AND status = 'posted' ORDER BY local_date DESC LIMIT 1")
      .get(guildId);
    return row && toDelivery(row);
  }

  /**
   * Claims a server's local day for posting, atomically: a new day is
   * claimed; a pending one whose lease has run out is claimed again (same
   * nonce, so Discord will not post twice); a posted or failed day, or one
   * still in flight, is not.
   */
  claim(request: ClaimRequest): Claim {
    return this.db.transaction((): Claim => {
      const now = request.now.toISOString();
      const lease = new Date(request.now.getTime() + request.leaseMs).toISOString();
      const existing = this.delivery(request.guildId, request.localDate);
      if (!existing) {
        this.db
          .prepare(
            `INSERT INTO briefing_deliveries (guild_id, local_date, channel_id, status, nonce, fact_id, quote_id, attempts, next_attempt_at, in_flight, updated_at)
             VALUES (?, ?, ?, 'pending', ?, ?, ?, 1, ?, 1, ?)`,
          )
          .run(request.guildId, request.localDate, request.channelId, request.nonce, request.factId, request.quoteId, lease, now);
        return { claimed: true, delivery: this.delivery(request.guildId, request.localDate) as Delivery };
      }
      if (existing.status !== 'pending' || (existing.nextAttemptAt !== null && existing.nextAttemptAt > now)) {
        return { claimed: false, delivery: existing };
      }
      this.db
        .prepare('UPDATE briefing_deliveries SET attempts = attempts + 1, next_attempt_at = ?, in_flight = 1, updated_at = ? WHERE guild_id = ? AND local_date = ?')
        .run(lease, now, request.guildId, request.localDate);
      return { claimed: true, delivery: this.delivery(request.guildId, request.localDate) as Delivery };
    })();
  }

  markPosted(guildId: string, localDate: string, messageId: string, now: Date): void {
    this.db
      .prepare(
        "UPDATE briefing_deliveries SET status = 'posted', message_id = ?, error = NULL, next_attempt_at = NULL, in_flight = 0, updated_at = ? WHERE guild_id = ? AND local_date = ?",
      )
      .run(messageId, now.toISOString(), guildId, localDate);
  }

  /** Keeps the day pending with its nonce, to be tried again from `retryAt`. */
  markRetry(guildId: string, localDate: string, error: string, retryAt: Date, now: Date): void {
    this.db
      .prepare('UPDATE briefing_deliveries SET error = ?, next_attempt_at = ?, in_flight = 0, updated_at = ? WHERE guild_id = ? AND local_date = ?')
      .run(error, retryAt.toISOString(), now.toISOString(), guildId, localDate);
  }

  markFailed(guildId: string, localDate: string, error: string, now: Date): void {
    this.db
      .prepare("UPDATE briefing_deliveries SET status = 'failed', error = ?, next_attempt_at = NULL, in_flight = 0, updated_at = ? WHERE guild_id = ? AND local_date = ?")
      .run(error, now.toISOString(), guildId, localDate);
  }

  /**
   * At start-up, before this process claims anything: attempts a crash cut
   * short mid-post are due again at once, not when their lease runs out —
   * Discord only remembers a nonce for a few minutes, and the re-send must
   * reuse it inside that memory.
   */
  releaseInterrupted(now: Date): Delivery[] {
    return this.db.transaction(() => {
      const interrupted = this.db
        .prepare<[], DeliveryRow>("SELECT * FROM briefing_deliveries WHERE status = 'pending' AND in_flight = 1")
        .all()
        .map(toDelivery);
      this.db
        .prepare("UPDATE briefing_deliveries SET in_flight = 0, next_attempt_at = NULL, updated_at = ? WHERE status = 'pending' AND in_flight = 1")
        .run(now.toISOString());
      return interrupted;
    })();
  }

  /** Pending days whose retry time has come (after a restart too). */
  pendingDue(now: Date): Delivery[] {
    return this.db
      .prepare<[string], DeliveryRow>("SELECT * FROM briefing_deliveries WHERE status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)")
      .all(now.toISOString())
      .map(toDelivery);
  }
}
