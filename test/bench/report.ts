// What each run writes to disk: its tables (so the combined Markdown page can
// be rebuilt from files, never retyped), its raw figures, and where and when
// it was measured.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, totalmem, type } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../support/run.ts';
import type { Table } from './table.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
}

export interface Provenance {
  generatedAt: string;
  /** Short commit id, with "+changes" when the working tree differed from it. */
  commit: string;
  machine: Machine;
  /** 1-minute load average when the run started: timings from a busy machine are slower and noisier. */
  loadAverage: number;
}

export interface Report<Data> extends Provenance {
  command: string;
  tables: Table[];
  data: Data;
}

export const EVAL_REPORT = join(ROOT, 'eval-results', 'eval.json');
export const BENCH_REPORT = join(ROOT, 'bench-results', 'bench.json');

function machine(): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${type()} ${process.arch}`,
  };
}

function commit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? '+changes' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export function provenance(): Provenance {
  return { generatedAt: new Date().toISOString(), commit: commit(), machine: machine(), loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100 };
}

export function describeMachine({ machine: m, loadAverage }: Provenance): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}; 1-minute load average ${loadAverage} at start`;
}

export function writeReport<Data>(path: string, report: Report<Data>): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`wrote ${relative(ROOT, path)}\n`);
}

export function readReport(path: string): Report<unknown> | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Report<unknown>) : undefined;
}
