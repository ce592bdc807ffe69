// The date a fact is about, as a curator files it: one day (2024-12-24),
// consecutive days (2025-10-25/2025-10-26), or a month when sources agree
// only on the month (2024-08).
export type When =
  | { readonly precision: 'day'; readonly from: string; readonly to: string }
  | { readonly precision: 'month'; readonly month: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function parseWhen(value: string): When | undefined {
  if (MONTH.test(value)) return { precision: 'month', month: value };
  const days = value.split('/');
  const from = days[0] ?? '';
  const to = days[1] ?? from;
  if (days.length > 2 || !isDay(from) || !isDay(to) || to < from) return undefined;
  return { precision: 'day', from, to };
}

/** The first day it covers, YYYY-MM-DD. */
export function firstDay(when: When): string {
  return when.precision === 'day' ? when.from : `${when.month}-01`;
}

/** The last day it covers, YYYY-MM-DD. */
export function lastDay(when: When): string {
  if (when.precision === 'day') return when.to;
  const [year, month] = when.month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
