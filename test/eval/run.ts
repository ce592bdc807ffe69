// `npm run eval`: scores this project's search and two common baselines on
// every question set (test/eval/dev-set.ts: QUESTION_SETS), over the same
// knowledge-base entries. Prints the tables (Markdown with --markdown), the
// questions our search gets wrong with why, and writes eval-results/eval.json
// and the combined README page. `--dev` scores the development set alone and
// writes nothing: for tuning, so no held-out question or failure is ever shown.
// `--bot-only` leaves out the two baselines (most of the run's time) and also
// writes nothing: with `--dev`, a curator's quick check after each change.
import { performance } from 'node:perf_hooks';
import { Bot } from '../../src/bot.ts';
import { EVAL_REPORT, provenance, writeReport } from '../bench/report.ts';
import { writeSummaryPage } from '../bench/summary.ts';
import { formatFromArgs, renderTables, type Table } from '../bench/table.ts';
import { fuseSystem } from './baselines/fuse.ts';
import { miniSearchDefaultSystem } from './baselines/minisearch-default.ts';
import { DEV_SET_FILE, QUESTION_SETS, loadDevSet, score, type SearchSystem } from './dev-set.ts';
import { projectSystem } from './project-system.ts';
import { CURATOR_NOTE, failureRecords, failuresTable, qualityNotes, qualityTable, tagTable, type QuestionSet, type ScoredSystem } from './tables.ts';

const started = performance.now();
const args = process.argv.slice(2);
const format = formatFromArgs(args);
const devOnly = args.includes('--dev');
const botOnly = args.includes('--bot-only');
// A partial run leaves the reports of the last full run as they are.
const partial = devOnly || botOnly;
const bot = new Bot();
const sets: QuestionSet[] = QUESTION_SETS.filter((spec) => !devOnly || !spec.heldOut).map((spec) => ({ ...spec, questions: loadDevSet(spec.file) }));

const candidates: { name: string; setup: string; system: SearchSystem }[] = [
  {
    name: 'This project',
    setup: 'the /ask command (bot.execute), as users meet it; ranked = the answer, then the "other results" it offers; a decline or a small-talk reply ranks nothing.',
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
].slice(0, botOnly ? 1 : undefined);

async function scoreAll({ questions }: QuestionSet): Promise<ScoredSystem[]> {
  const systems: ScoredSystem[] = [];
  for (const { name, setup, system } of candidates) {
    const start = performance.now();
    const scores = await score(questions, system);
    systems.push({ name, setup, scores, msPerQuestion: (performance.now() - start) / scores.questions });
  }
  return systems;
}

function oursOf(systems: readonly ScoredSystem[]): ScoredSystem {
  const [ours] = systems;
  if (!ours) throw new Error('no system scored');
  return ours;
}

// The development set first, so its times include the first calls.
const scored: { set: QuestionSet; systems: ScoredSystem[] }[] = [];
for (const set of sets) scored.push({ set, systems: await scoreAll(set) });

const tables: Table[] = scored.flatMap(({ set, systems }, i) => [
  qualityTable(set, systems, bot.kb.entries.size, [
    ...(set.notes ?? []),
    ...(i === 0 ? qualityNotes(systems) : ['Same systems, set-up and measures as the development-set table; scored after it, so mean times leave out the first calls.']),
  ]),
  tagTable(set, systems),
]);
const failures = scored.map(({ set, systems }) => ({ set, records: failureRecords(oursOf(systems).scores) }));
const failureTables = failures.map(({ set, records }) =>
  failuresTable(
    set.heldOut ? `this project on ${set.file}` : 'this project',
    records,
    bot.kb,
    set.heldOut
      ? `Held out: do not add keywords, aliases or search rules for these questions; note them. A general fix is judged on ${DEV_SET_FILE}, and a question tuned against leaves this set for that one.`
      : CURATOR_NOTE,
  ),
);

process.stdout.write(renderTables([...tables, ...failureTables], format));

/** A system's figures for the JSON report: per-question results stay out, failures are listed separately. */
function figures(systems: readonly ScoredSystem[]) {
  return systems.map(({ name, setup, scores: { results: _perQuestion, failures: _listedBelow, ...rest } }) => ({ name, setup, ...rest }));
}

if (!partial) {
  writeReport(EVAL_REPORT, {
    ...provenance(),
    command: 'npm run eval',
    tables,
    data: Object.fromEntries(
      scored.map(({ set, systems }, i) => [
        set.id,
        { file: set.file, questions: set.questions.length, systems: figures(systems), failures: failures[i]?.records ?? [] },
      ]),
    ),
  });
  writeSummaryPage();
}
process.stderr.write(`eval finished in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
