// Dates as the briefing sees them: local calendar days in a server's time
// zone. The scheduled instant of a day comes from croner, which handles
// daylight-saving changes (a time in a spring-forward gap runs just after
// it; a time that occurs twice runs at the first occurrence).
import { Cron } from 'croner';

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function parts(instant: Date, timeZone: string): Record<string, string> {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return Object.fromEntries(formatter.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** The calendar date (YYYY-MM-DD) at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The wall-clock time (HH:MM) at `instant` in `timeZone`. */
export function localTime(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.hour}:${p.minute}`;
}

const DAY_MS = 86_400_000;
const utcMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`);

export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether the calendar date (YYYY-MM-DD) is a Monday. */
export function isMonday(date: string): boolean {
  return new Date(utcMidnight(date)).getUTCDay() === 1;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The instant `time` (HH:MM) occurs on local `date` in `timeZone`. */
export function scheduledInstant(date: string, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  const job = new Cron(`${minute} ${hour} * * *`, { timezone: timeZone, paused: true });
  // nextRun is strictly after its argument: start just before the local day.
  const instant = job.nextRun(`${addDays(date, -1)}T23:59:59`);
  if (!instant) throw new Error(`no ${time} on ${date} in ${timeZone}`);
  return instant;
}

/** The first local date, from `instant`'s own, whose scheduled time is still ahead. */
export function nextScheduledDate(instant: Date, time: string, timeZone: string): string {
  const today = localDate(instant, timeZone);
  return scheduledInstant(today, time, timeZone) > instant ? today : addDays(today, 1);
}

/** "8:00" or "08:00" → "08:00"; anything else (25:00, 8h) → undefined. */
export function parseTime(value: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${match[2]}`;
}

/** The dates a preview may be asked for. */
export const PREVIEW_RANGE = { from: '2019-01-01', to: '2100-12-31' } as const;

/** A real calendar date written YYYY-MM-DD within PREVIEW_RANGE, else undefined. */
export function parseDate(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return undefined;
  const parsed = new Date(`${trimmed}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== trimmed) return undefined;
  return trimmed >= PREVIEW_RANGE.from && trimmed <= PREVIEW_RANGE.to ? trimmed : undefined;
}
