// How old the knowledge base's dated claims are. A count or status carries
// the date it was true (`as_of`); one that states where things stand now
// (`current`) goes stale, and kb:check warns about it once it is older than
// STALE_AFTER_DAYS. Every state's signature answer states where things stand
// as of the date signatories.yaml was checked, so that date is one more
// current status.
import { join } from 'node:path';
import { signatoryId } from './signatories.ts';
import type { KnowledgeBase } from './types.ts';

export const STALE_AFTER_DAYS = 90;

export interface DatedEntry {
  id: string;
  /** The knowledge file it is in, and the field that holds its date. */
  file: string;
  field: 'as_of' | 'checked';
  asOf: string;
  /** Whole days from `asOf` to the day of the check. */
  ageDays: number;
  current: boolean;
  stale: boolean;
}

const DAY_MS = 86_400_000;

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Every dated entry, oldest first, aged on `today` (YYYY-MM-DD). */
export function datedEntries(kb: KnowledgeBase, today: string): DatedEntry[] {
  const entry = (id: string, file: string, field: DatedEntry['field'], asOf: string, current: boolean): DatedEntry => {
    const ageDays = daysFrom(asOf, today);
    return { id, file, field, asOf, ageDays, current, stale: current && ageDays > STALE_AFTER_DAYS };
  };
  return [
    ...kb.facts.flatMap((fact) => (fact.as_of ? [entry(fact.id, 'facts.yaml', 'as_of', fact.as_of, fact.current === true)] : [])),
    entry(`${signatoryId('*')}`, 'signatories.yaml', 'checked', kb.signatories.checked, true),
  ].sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
}

/** One line per stale current status; `dir` is the knowledge folder as the curator sees it. */
export function staleWarnings(kb: KnowledgeBase, today: string, dir: string): string[] {
  return datedEntries(kb, today)
    .filter((e) => e.stale)
    .map(
      (e) =>
        `${join(dir, e.file)}, entry "${e.id}": current status as of ${e.asOf} is ${e.ageDays} days old (over ${STALE_AFTER_DAYS}): check its sources again and update it and its ${e.field}`,
    );
}

/** A bad command-line argument to kb:check or kb:status (exit status 2). */
export class ArgumentError extends Error {}

/** Today's date as kb:check and kb:status see it (UTC), unless `--today YYYY-MM-DD` says otherwise. */
export function todayFromArgs(args: readonly string[], now: Date = new Date()): string {
  const i = args.indexOf('--today');
  const given = i >= 0 ? args[i + 1] : undefined;
  if (given !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(given)) throw new ArgumentError(`--today must be a date written YYYY-MM-DD, not "${given}"`);
  return given ?? now.toISOString().slice(0, 10);
}

/** The positional argument (the knowledge folder), skipping `--today <date>`. */
export function dirFromArgs(args: readonly string[]): string | undefined {
  return args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--today');
}
