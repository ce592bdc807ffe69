// `npm run bench`: every measure in measures/, one table (Markdown with
// --markdown), bench-results/bench.json and the combined README page.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { benchTable, type Row } from './measure.ts';
import { MEASURES } from './measures/index.ts';
import { BENCH_REPORT, describeMachine, provenance, writeReport } from './report.ts';
import { writeSummaryPage } from './summary.ts';
import { formatFromArgs, renderTables } from './table.ts';

const started = performance.now();
const format = formatFromArgs(process.argv.slice(2));
const about = provenance();

const rows: Row[] = [];
const seconds: Record<string, number> = {};
for (const measure of MEASURES) {
  process.stderr.write(`measuring ${measure.name}…`);
  const start = performance.now();
  rows.push(...(await measure.run()));
  seconds[measure.name] = (performance.now() - start) / 1000;
  process.stderr.write(` ${seconds[measure.name]?.toFixed(1)} s\n`);
}

const loadAtEnd = Math.round((loadavg()[0] ?? 0) * 100) / 100;
const busy = Math.max(about.loadAverage, loadAtEnd) > about.machine.cores;
const table = benchTable(rows, [
  'Percentiles are nearest-rank (an observed sample): with fewer than 100 samples, p99 is the slowest sample.',
  `Machine: ${describeMachine(about)}, ${loadAtEnd} at end${busy ? ': more runnable processes than cores, so tail figures (p99) include waits for a CPU' : ''}.`,
]);
process.stdout.write(renderTables([table], format));
writeReport(BENCH_REPORT, { ...about, command: 'npm run bench', tables: [table], data: { rows, secondsPerMeasure: seconds, loadAverageAtEnd: loadAtEnd } });
writeSummaryPage();
process.stderr.write(`bench finished in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
