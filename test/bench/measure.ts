// A measure is a small module that returns rows; each row is one figure with
// the number of samples it rests on and, when there is one, its target.
import { formatMs, type Table } from './table.ts';
import { distribution, type Distribution } from './stats.ts';

export type Unit = 'ms' | 'MB' | '×';

export interface Target {
  /** Which figure of the row the target applies to. */
  figure: 'p50' | 'p99' | 'value';
  below: number;
}

export interface Row {
  what: string;
  /** 0 for a slot whose measurement is not written yet. */
  samples: number;
  unit: Unit;
  distribution?: Distribution;
  value?: number;
  target?: Target;
  note?: string;
}

export interface Measure {
  name: string;
  run(): Promise<Row[]>;
}

type RowDetails = Pick<Row, 'target' | 'note'>;

export function distributionRow(what: string, samples: readonly number[], unit: Unit, details: RowDetails = {}): Row {
  return { what, samples: samples.length, unit, distribution: distribution(samples), ...details };
}

/** A row with no figure: a slot still to fill, or a measure this platform cannot take. */
export function unmeasuredRow(what: string, unit: Unit, details: RowDetails): Row {
  return { what, samples: 0, unit, ...details };
}

export function valueRow(what: string, value: number, samples: number, unit: Unit, details: RowDetails = {}): Row {
  return { what, samples, unit, value, ...details };
}

function figure(row: Row, name: Target['figure']): number | undefined {
  return name === 'value' ? row.value : row.distribution?.[name];
}

/** Undefined when there is no target, or nothing measured yet to hold against it. */
export function targetMet(row: Row): boolean | undefined {
  if (!row.target) return undefined;
  const measured = figure(row, row.target.figure);
  return measured === undefined ? undefined : measured < row.target.below;
}

function format(value: number, unit: Unit): string {
  if (unit === 'ms') return formatMs(value);
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  return `${value.toFixed(2)}×`;
}

function result(row: Row): string {
  if (row.distribution) return `p50 ${format(row.distribution.p50, row.unit)} · p99 ${format(row.distribution.p99, row.unit)}`;
  if (row.value !== undefined) return format(row.value, row.unit);
  return 'not measured';
}

function target(row: Row): string {
  if (!row.target) return '—';
  const on = row.target.figure === 'value' ? '' : `${row.target.figure} `;
  const unit = row.unit === '×' ? '×' : ` ${row.unit}`;
  return `${on}< ${row.target.below}${unit}`;
}

function met(row: Row): string {
  if (!row.target) return '—';
  const verdict = targetMet(row);
  return verdict === undefined ? 'not measured' : verdict ? 'yes' : 'NO';
}

export function benchTable(rows: readonly Row[], notes: readonly string[]): Table {
  const footnotes: string[] = [];
  const withMark = (row: Row) => {
    if (!row.note) return row.what;
    footnotes.push(`[${footnotes.length + 1}] ${row.note}`);
    return `${row.what} [${footnotes.length}]`;
  };
  return {
    title: 'Performance',
    columns: ['Measure', 'Samples', 'Result', 'Target', 'Met'],
    rows: rows.map((row) => [withMark(row), row.samples.toLocaleString('en-US'), result(row), target(row), met(row)]),
    notes: [...footnotes, ...notes],
  };
}
