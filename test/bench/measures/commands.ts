// In-process latency of each command through bot.execute (what every front
// end calls), and of the question pipeline behind /ask (every step from
// cleaning to the search, without composing the reply). Also the CPU one /ask
// costs in process, beside MiniSearch alone with its default options over the
// same entries: what the CPU target against the floor (versus-floor.ts) is up
// against.
import { Bot } from '../../../src/bot.ts';
import type { Reply } from '../../../src/answer/reply.ts';
import { loadDevSet } from '../../eval/dev-set.ts';
import { miniSearchDefaultSystem } from '../../eval/baselines/minisearch-default.ts';
import { distributionRow, valueRow, type Measure, type Row } from '../measure.ts';
import { cpuPerCall, timeEach } from '../stats.ts';

const MIN_SAMPLES = 1000;
/** Timed with no options: /quote and /fact then pick at random, the others take none. */
const OTHER_COMMANDS = ['quote', 'messages', 'signing', 'fact', 'sources', 'help'] as const;
const QUERY_TARGET = { figure: 'p99', below: 2 } as const;

function expectAnswer(reply: Reply, command: string): void {
  if (reply.kind === 'notice' && reply.level === 'error') throw new Error(`/${command} answered with an error: ${reply.title}`);
}

export const commandLatency: Measure = {
  name: 'command latency (in process)',
  async run() {
    const bot = new Bot();
    const questions = loadDevSet();
    // Whole passes over the dev set, so every question weighs the same.
    const askSamples = Math.ceil(MIN_SAMPLES / questions.length) * questions.length;
    const question = (i: number) => questions[i % questions.length] as (typeof questions)[number];

    // One untimed pass, so the figures describe a bot that has been answering, not its first call;
    // it also checks that what is timed is an answer, not a usage or internal error.
    for (const q of questions) expectAnswer(await bot.execute('ask', { question: q.q }, { lang: q.lang }), 'ask');
    for (const name of OTHER_COMMANDS) expectAnswer(await bot.execute(name, {}, { lang: 'en' }), name);

    const askOnce = (i: number) => bot.execute('ask', { question: question(i).q }, { lang: question(i).lang });
    const search = await timeEach(askSamples, (i) => bot.pipeline.run(question(i).q));
    const ask = await timeEach(askSamples, askOnce);
    const passes = askSamples / questions.length;
    const askCpu = await cpuPerCall(askSamples, askOnce);
    const miniSearch = miniSearchDefaultSystem(bot.kb.entries);
    for (const q of questions) miniSearch(q);
    const miniSearchCpu = await cpuPerCall(askSamples, (i) => miniSearch(question(i)));
    const rows: Row[] = [
      distributionRow(`Search: the question pipeline (bot.pipeline.run, clean → … → search), every dev-set question × ${passes}`, search, 'ms', {
        target: QUERY_TARGET,
        note: 'in-process figures follow one untimed call of each command (for /ask, one pass over the dev set); nothing is remembered between calls, so every question is answered in full each time',
      }),
      distributionRow(`/ask (bot.execute), every dev-set question × ${passes}`, ask, 'ms', { target: QUERY_TARGET }),
      valueRow(`/ask (bot.execute): CPU per question, every dev-set question × ${passes}`, askCpu, askSamples, 'ms', {
        note: 'user + system CPU of the bench process over the calls (process.cpuUsage), so the garbage collector and the compiler threads count; after the same untimed pass',
      }),
      valueRow(`MiniSearch alone, default options (the eval's baseline): CPU per question, same entries × ${passes}`, miniSearchCpu, askSamples, 'ms', {
        note: 'index.search(question) and its top entry, nothing else: no reading of the question, no structured answers, no reply; after one untimed pass',
      }),
    ];
    for (const name of OTHER_COMMANDS) {
      const samples = await timeEach(MIN_SAMPLES, (i) => bot.execute(name, {}, { lang: i % 2 === 0 ? 'fr' : 'en' }));
      rows.push(distributionRow(`/${name} (bot.execute, no options, fr/en alternately)`, samples, 'ms'));
    }
    return rows;
  },
};
