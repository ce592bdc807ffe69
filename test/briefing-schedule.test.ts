// The briefing's schedule, rotation and delivery log, with a real SQLite file
// and an injected clock. Posting goes to a recording poster here; the
// Discord path is covered in briefing.e2e.test.ts.
import Database from 'better-sqlite3';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../src/answer/reply.ts';
import { addDays, localDate, parseDate, parseTime, scheduledInstant } from '../src/briefing/calendar.ts';
import { composeBriefing } from '../src/briefing/compose.ts';
import { Deliverer, RETRY_DELAYS_MS } from '../src/briefing/deliver.ts';
import { PostError, type BriefingPoster, type PostFailure } from '../src/briefing/poster.ts';
import { pickOfTheDay } from '../src/briefing/rotation.ts';
import { BriefingScheduler } from '../src/briefing/scheduler.ts';
import { BriefingService } from '../src/briefing/service.ts';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { createLogger } from '../src/log/logger.ts';
import { BriefingStore } from '../src/store/briefing-store.ts';
import { MIGRATIONS } from '../src/store/database.ts';
import { StoreError } from '../src/store/errors.ts';

const kb = loadKnowledgeBase();
const silent = createLogger({ level: 'silent' });

class RecordingPoster implements BriefingPoster {
  readonly posts: { channelId: string; nonce: string; reply: Answer }[] = [];
  failures: PostFailure[] = [];
  async post(channelId: string, reply: Answer, nonce: string): Promise<string> {
    const failure = this.failures.shift();
    if (failure) throw new PostError(failure, `simulated ${failure}`);
    // Like Discord with enforce_nonce: the same nonce returns the same message.
    const existing = this.posts.findIndex((p) => p.nonce === nonce);
    if (existing >= 0) return `m${existing}`;
    this.posts.push({ channelId, nonce, reply });
    return `m${this.posts.length - 1}`;
  }
}

interface World {
  path: string;
  store: BriefingStore;
  poster: RecordingPoster;
  scheduler: BriefingScheduler;
  service: BriefingService;
  clock: { now: Date };
}

const worlds: World[] = [];
afterEach(() => {
  for (const w of worlds.splice(0)) w.store.close();
});

function world(start: string, options: { path?: string; poster?: RecordingPoster } = {}): World {
  const path = options.path ?? join(mkdtempSync(join(tmpdir(), 'briefing-')), 'bot.sqlite');
  const store = BriefingStore.open(path);
  const poster = options.poster ?? new RecordingPoster();
  const clock = { now: new Date(start) };
  const now = () => clock.now;
  const deliverer = new Deliverer({ knowledge: { kb }, store, poster, logger: silent });
  const w: World = {
    path,
    store,
    poster,
    clock,
    scheduler: new BriefingScheduler({ store, deliverer, logger: silent, now, catchupHours: 6 }),
    service: new BriefingService({ store, deliverer, now, catchupHours: 6 }),
  };
  worlds.push(w);
  return w;
}

async function tickAt(w: World, iso: string): Promise<string[]> {
  w.clock.now = new Date(iso);
  const due = w.scheduler.tick();
  await w.scheduler.idle();
  return due;
}

const GUILD = '111111111111111111';
const CHANNEL = '222222222222222222';

describe('calendar', () => {
  it('places a local time east and west of UTC', () => {
    expect(scheduledInstant('2026-11-28', '08:00', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-11-28T01:00:00.000Z');
    expect(scheduledInstant('2026-11-28', '08:00', 'America/New_York').toISOString()).toBe('2026-11-28T13:00:00.000Z');
    expect(scheduledInstant('2026-07-01', '08:00', 'America/New_York').toISOString()).toBe('2026-07-01T12:00:00.000Z');
    expect(scheduledInstant('2026-11-28', '00:00', 'Europe/Paris').toISOString()).toBe('2026-11-27T23:00:00.000Z');
  });

  it('handles daylight-saving changes: a skipped time runs just after the gap, a repeated one once', () => {
    expect(scheduledInstant('2026-03-29', '02:30', 'Europe/Paris').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(scheduledInstant('2026-10-25', '02:30', 'Europe/Paris').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(localDate(new Date('2026-11-28T20:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-29');
    expect(localDate(new Date('2026-11-28T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-27');
  });

  it('reads times and preview dates strictly', () => {
    expect(parseTime('8:05')).toBe('08:05');
    for (const bad of ['25:00', '8h', '08:60', '', 'noon']) expect(parseTime(bad), bad).toBeUndefined();
    expect(parseDate('2026-02-28')).toBe('2026-02-28');
    for (const bad of ['2026-02-30', '2018-12-31', '2101-01-01', '28/11/2026']) expect(parseDate(bad), bad).toBeUndefined();
  });
});

describe('rotation', () => {
  it('uses every fact and every quote once per cycle, then starts a new order', () => {
    const days = kb.facts.length;
    const first = Array.from({ length: days }, (_, i) => pickOfTheDay(kb.facts, 'g:fact', addDays('2025-10-25', i)).id);
    const second = Array.from({ length: days }, (_, i) => pickOfTheDay(kb.facts, 'g:fact', addDays('2025-10-25', days + i)).id);
    expect(new Set(first).size).toBe(days);
    expect(new Set(second).size).toBe(days);
    expect(second).not.toEqual(first);
    // A cycle starts every `length` days from the rotation's day 0, the Hanoi signing.
    const cycleStart = addDays('2025-10-25', 3 * kb.quotes.length);
    const quotes = Array.from({ length: kb.quotes.length }, (_, i) => pickOfTheDay(kb.quotes, 'g:quote', addDays(cycleStart, i)).id);
    expect(new Set(quotes).size).toBe(kb.quotes.length);
  });

  it('gives servers different orders, the same order on every run', () => {
    const a = composeBriefing(kb, { key: 'guild-a', date: '2026-11-28', lang: 'fr' });
    const again = composeBriefing(kb, { key: 'guild-a', date: '2026-11-28', lang: 'fr' });
    expect(again).toEqual(a);
    const others = ['guild-b', 'guild-c', 'guild-d'].map((key) => composeBriefing(kb, { key, date: '2026-11-28', lang: 'fr' }).factId);
    expect(new Set([a.factId, ...others]).size).toBeGreaterThan(1);
  });
});

describe('the briefing itself', () => {
  it('has a fact, a quote and where things stand, each cited, in the server language', () => {
    const { reply } = composeBriefing(kb, { key: GUILD, date: '2026-11-28', lang: 'en' });
    expect(reply.fields.map((f) => f.name.replace(/ — .*/, ''))).toEqual(['💡 Fact of the day', '💬 Quote of the day', '📅 Where things stand']);
    expect(reply.fields[2]?.value).toContain('399 days since it opened for signature in Hanoi');
    expect(reply.fields[2]?.value).toContain('33 days left to sign');
    expect(reply.fields[2]?.value).toMatch(/90th day after the 40th/);
    for (const field of reply.fields) expect(field.value).toMatch(/\[\d+(, \d+)*\]/);
    expect(reply.citations.length).toBeGreaterThanOrEqual(2);
    const french = composeBriefing(kb, { key: GUILD, date: '2027-01-05', lang: 'fr' }).reply;
    expect(french.fields[2]?.value).toContain('Période de signature close depuis le 31 décembre 2026');
  });
});

describe('schedule and delivery log', () => {
  it('posts exactly once per local day, at the local time, east of UTC', async () => {
    const w = world('2026-11-27T12:00:00Z');
    w.service.set(GUILD, { channelId: CHANNEL, time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'fr' });
    expect(await tickAt(w, '2026-11-28T00:59:00Z')).toEqual([]);
    expect(await tickAt(w, '2026-11-28T01:00:00Z')).toEqual([GUILD]);
    expect(await tickAt(w, '2026-11-28T01:01:00Z')).toEqual([]);
    w.clock.now = new Date('2026-11-28T01:02:00Z');
    await Promise.all([w.scheduler.tick(), w.scheduler.tick()]);
    await w.scheduler.idle();
    expect(w.poster.posts).toHaveLength(1);
    expect(w.store.delivery(GUILD, '2026-11-28')?.status).toBe('posted');
    expect(await tickAt(w, '2026-11-29T01:00:00Z')).toEqual([GUILD]);
    expect(w.poster.posts).toHaveLength(2);
  });

  it('posts what the preview showed', async () => {
    const w = world('2026-11-27T12:00:00Z');
    w.service.set(GUILD, { channelId: CHANNEL, time: '08:00', timezone: 'America/New_York', language: 'en' });
    const preview = composeBriefing(kb, { key: GUILD, date: '2026-11-28', lang: 'en' }).reply;
    await tickAt(w, '2026-11-28T13:00:00Z');
    expect(w.poster.posts[0]?.reply).toEqual(preview);
  });

  it('follows a daylight-saving change in Europe/Paris', async () => {
    const w = world('2026-03-28T12:00:00Z');
    w.service.set(GUILD, { channelId: CHANNEL, time: '02:30', timezone: 'Europe/Paris', language: 'fr' });
    expect(await tickAt(w, '2026-03-29T00:59:00Z')).toEqual([]);
    expect(await tickAt(w, '2026-03-29T01:00:00Z')).toEqual([GUILD]);
    const fall = world('2026-10-24T12:00:00Z');
    fall.service.set(GUILD, { channelId: CHANNEL, time: '02:30', timezone: 'Europe/Paris', language: 'fr' });
    expect(await tickAt(fall, '2026-10-25T00:30:00Z')).toEqual([GUILD]);
    expect(await tickAt(fall, '2026-10-25T01:30:00Z')).toEqual([]);
    expect(fall.poster.posts).toHaveLength(1);
  });

  it('starts tomorrow when set after today’s time', async () => {
    const w = world('2026-11-28T05:00:00Z');
    w.service.set(GUILD, { channelId: CHANNEL, time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'fr' });
    expect(await tickAt(w, '2026-11-28T05:01:00Z')).toEqual([]);
    expect(w.service.status(GUILD)?.nextPost?.toISOString()).toBe('2026-11-29T01:00:00.000Z');
  });

  it('after a restart: no duplicate, and a missed post is caught up within the window only', async () => {
    const first = world('2026-11-27T12:00:00Z');
    first.service.set(GUILD, { channelId: CHANNEL, time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'fr' });
    first.service.set('333333333333333333', { channelId: CHANNEL, time: '09:00', timezone: 'Asia/Ho_Chi_Minh', language: 'en' });
    await tickAt(first, '2026-11-28T01:00:00Z');
    expect(first.poster.posts).toHaveLength(1);
    first.store.close();

    // Back up three hours after the second server's time: it catches up, the first does not post again.
    const restarted = world('2026-11-28T05:00:00Z', { path: first.path, poster: first.poster });
    expect(await tickAt(restarted, '2026-11-28T05:00:00Z')).toEqual(['333333333333333333']);
    expect(restarted.poster.posts).toHaveLength(2);

    // Down all day: past the six-hour window, today's post is skipped, tomorrow's happens.
    restarted.store.close();
    const late = world('2026-11-29T09:00:00Z', { path: first.path, poster: first.poster });
    expect(await tickAt(late, '2026-11-29T09:00:00Z')).toEqual([]);
    expect(await tickAt(late, '2026-11-30T01:00:00Z')).toEqual([GUILD]);
  });

  it('retries a transient failure with the same nonce during the same day, then records it as failed', async () => {
    const w = world('2026-11-27T12:00:00Z');
    w.service.set(GUILD, { channelId: CHANNEL, time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'fr' });
    w.poster.failures = ['transient'];
    await tickAt(w, '2026-11-28T01:00:00Z');
    const pending = w.store.delivery(GUILD, '2026-11-28');
    expect(pending?.status).toBe('pending');
    expect(await tickAt(w, '2026-11-28T01:00:30Z')).toEqual([]);
    await tickAt(w, new Date(Date.parse('2026-11-28T01:00:00Z') + (RETRY_DELAYS_MS[0] as number)).toISOString());
    expect(w.store.delivery(GUILD, '2026-11-28')).toMatchObject({ status: 'posted', nonce: pending?.nonce, attempts: 2 });

    w.poster.failures = Array(RETRY_DELAYS_MS.length + 1).fill('transient');
    let at = Date.parse('2026-11-29T01:00:00Z');
    await tickAt(w, new Date(at).toISOString());
    for (const delay of RETRY_DELAYS_MS) {
      at += delay;
      await tickAt(w, new Date(at).toISOString());
    }
    expect(w.store.delivery(GUILD, '2026-11-29')).toMatchObject({ status: 'failed', attempts: RETRY_DELAYS_MS.length + 1 });
    expect(w.poster.posts).toHaveLength(1);
  });

  it('pauses on a missing permission, keeps the settings, and resumes on /briefing set', async () => {
    const w = world('2026-11-27T12:00:00Z');
    w.service.set(GUILD, { channelId: CHANNEL, time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'fr' });
    w.poster.failures = ['forbidden'];
    await tickAt(w, '2026-11-28T01:00:00Z');
    expect(w.store.settings(GUILD)).toMatchObject({ pausedReason: 'missing-permissions', channelId: CHANNEL, time: '08:00' });
    expect(w.service.status(GUILD)?.nextPost).toBeUndefined();
    expect(await tickAt(w, '2026-11-29T01:00:00Z')).toEqual([]);
    w.service.set(GUILD, { channelId: CHANNEL, time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'fr' });
    expect(await tickAt(w, '2026-11-30T01:00:00Z')).toEqual([GUILD]);
  });

  it('posts every server due at the same minute, in a stable order', async () => {
    const w = world('2026-11-27T12:00:00Z');
    const guilds = Array.from({ length: 20 }, (_, i) => `4${String(i).padStart(17, '0')}`);
    for (const g of guilds) w.service.set(g, { channelId: CHANNEL, time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'fr' });
    const order = await tickAt(w, '2026-11-28T01:00:00Z');
    const next = await tickAt(w, '2026-11-29T01:00:00Z');
    expect(order).toHaveLength(20);
    expect(w.poster.posts).toHaveLength(40);
    expect(next).toEqual(order);
    expect(order).not.toEqual([...guilds].sort());
  });
});

describe('the database file', () => {
  it('refuses a corrupt or read-only file with a message naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-bad-'));
    const corrupt = join(dir, 'corrupt.sqlite');
    writeFileSync(corrupt, 'this is not a database'.repeat(100));
    expect(() => BriefingStore.open(corrupt)).toThrow(StoreError);
    expect(() => BriefingStore.open(corrupt)).toThrow(new RegExp(`${corrupt}.*cannot be used`));

    const readOnly = join(dir, 'read-only.sqlite');
    BriefingStore.open(readOnly).close();
    chmodSync(readOnly, 0o444);
    if (process.getuid?.() !== 0) expect(() => BriefingStore.open(readOnly)).toThrow(/not writable/);
  });

  it('keeps what a server saved with an older version when the schema moves on (the rebuild that lets briefings be in Vietnamese)', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'briefing-old-')), 'bot.sqlite');
    const old = new Database(path);
    for (const migration of MIGRATIONS.slice(0, 2)) old.exec(migration);
    old.pragma('user_version = 2');
    old
      .prepare(
        `INSERT INTO briefing_settings (guild_id, channel_id, time, timezone, language, enabled, active_from, source, updated_at)
         VALUES (?, ?, '07:45', 'Europe/Paris', 'fr', 0, '2026-01-01', 'command', '2026-01-01T00:00:00Z')`,
      )
      .run(GUILD, CHANNEL);
    old
      .prepare(
        `INSERT INTO briefing_deliveries (guild_id, local_date, channel_id, status, nonce, message_id, updated_at)
         VALUES (?, '2026-11-30', ?, 'posted', 'n1', 'm1', '2026-11-30T06:45:00Z')`,
      )
      .run(GUILD, CHANNEL);
    old.close();

    const store = BriefingStore.open(path);
    expect(store.settings(GUILD)).toMatchObject({ channelId: CHANNEL, time: '07:45', timezone: 'Europe/Paris', language: 'fr', enabled: false });
    expect(store.delivery(GUILD, '2026-11-30')).toMatchObject({ status: 'posted', messageId: 'm1' });
    store.saveSettings({ guildId: GUILD, channelId: CHANNEL, time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'vi', activeFrom: '2026-12-02', source: 'command' }, new Date('2026-12-02T00:00:00Z'));
    expect(store.settings(GUILD)?.language).toBe('vi');
    store.close();
  });

  it('keeps settings across close and reopen', () => {
    const w = world('2026-11-27T12:00:00Z');
    w.service.set(GUILD, { channelId: CHANNEL, time: '07:45', timezone: 'Europe/Paris', language: 'en' });
    w.store.close();
    const reopened = BriefingStore.open(w.path);
    expect(reopened.settings(GUILD)).toMatchObject({ channelId: CHANNEL, time: '07:45', timezone: 'Europe/Paris', language: 'en', enabled: true });
    reopened.close();
  });
});
