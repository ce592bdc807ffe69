// `npm run eval`: scores this project's search and two common baselines on
// the development question set, over the same knowledge-base entries.
// Prints the tables (Markdown with --markdown), the questions our search gets
// wrong, and writes eval-results/eval.json and the combined README page.
import { performance } from 'node:perf_hooks';
import { Bot } from '../../src/bot.ts';
import { EVAL_REPORT, provenance, writeReport } from '../bench/report.ts';
import { writeSummaryPage } from '../bench/summary.ts';
import { formatFromArgs, renderTables } from '../bench/table.ts';
import { fuseSystem } from './baselines/fuse.ts';
import { miniSearchDefaultSystem } from './baselines/minisearch-default.ts';
import { loadDevSet, score, type SearchSystem } from './dev-set.ts';
import { projectSystem } from './project-system.ts';
import { failureRecords, failuresTable, qualityTable, tagTable, type ScoredSystem } from './tables.ts';

const started = performance.now();
const format = formatFromArgs(process.argv.slice(2));
const bot = new Bot();
const questions = loadDevSet();

const candidates: { name: string; setup: string; system: SearchSystem }[] = [
  {
    name: 'This project',
    setup: 'the /ask command (bot.execute), as users meet it; ranked = the answer, then the "other results" it offers; a decline ranks nothing.',
    system: projectSystem(bot),
  },
  {
    name: 'MiniSearch (defaults)',
    setup: 'MiniSearch 7 with default options (tokenizer, processTerm, no boost, no fuzzy or prefix), fields title (fr+en), body (fr+en; a quote\'s text and translation), keywords, aliases; answers with its top result, declines only when it returns nothing.',
    system: miniSearchDefaultSystem(bot.kb.entries),
  },
  {
    name: 'Fuse.js',
    setup: 'Fuse.js 7, keys title 2, keywords 2.5, aliases 2, body 1 (our boosts), threshold 0.6 (default), ignoreLocation: true; same documents; answers with its top result, declines only when it returns nothing.',
    system: fuseSystem(bot.kb.entries),
  },
];

const systems: ScoredSystem[] = [];
for (const { name, setup, system } of candidates) {
  const start = performance.now();
  const scores = await score(questions, system);
  systems.push({ name, setup, scores, msPerQuestion: (performance.now() - start) / questions.length });
}

const [ours] = systems;
if (!ours) throw new Error('no system scored');
const failures = failureRecords(ours.scores);
const tables = [qualityTable(systems, questions, bot.kb.entries.size), tagTable(systems, questions)];

process.stdout.write(renderTables([...tables, failuresTable('this project', failures, bot.kb)], format));

writeReport(EVAL_REPORT, {
  ...provenance(),
  command: 'npm run eval',
  tables,
  data: {
    questions: questions.length,
    systems: systems.map(({ name, setup, scores: { results: _perQuestion, failures: _listedBelow, ...figures } }) => ({ name, setup, ...figures })),
    failures,
  },
});
writeSummaryPage();
process.stderr.write(`eval finished in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
