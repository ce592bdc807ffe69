// The bot against the floor — the least a discord.js bot can be
// (test/bench/floor-bot.js) — side by side in one run, each started by its
// npm script with the same node flags: time from spawn to the gateway
// IDENTIFY, resident memory after 1,000 /ask, and CPU per /ask. Samples of
// the two alternate, so a machine that gets busier weighs on both alike. A
// third process, the floor sending one of the bot's real answers instead of
// its fixed embed, shows what sending a cited answer costs by itself.
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bot } from '../../../src/bot.ts';
import { renderMessage } from '../../../src/discord/render.ts';
import { loadDevSet } from '../../eval/dev-set.ts';
import { startFakeDiscord } from '../../fake-discord/index.ts';
import { startArgs } from '../../support/run.ts';
import { askTraffic } from '../ask-traffic.ts';
import { processUsage, spawnBot, type ProcessUsage, type SpawnRequest } from '../bot-process.ts';
import { distributionRow, unmeasuredRow, valueRow, type Measure, type Row } from '../measure.ts';
import { distribution } from '../stats.ts';
import { ROUND_TRIP_TARGET } from './ask-round-trip.ts';

const START_SAMPLES = 7;
const TRAFFIC_ROUNDS = 3;
const WARM_UP = 20;
const INTERACTIONS = 1000;

const SIDES = {
  floor: { script: 'bench:floor', marker: 'floor-bot.js' },
  bot: { script: 'start', marker: 'dist/src/main.js' },
} as const;
type Side = keyof typeof SIDES;

/**
 * One of the bot's answers as it renders it, in a file for the floor to send:
 * the dev-set answer of median size (its JSON), each question echoed as the
 * Discord adapter echoes it.
 */
async function typicalAnswerFile(): Promise<{ file: string; bytes: number }> {
  const bot = new Bot();
  const messages: string[] = [];
  for (const q of loadDevSet()) {
    const reply = await bot.execute('ask', { question: q.q }, { lang: q.lang });
    if (reply.kind === 'answer') messages.push(JSON.stringify(renderMessage(reply, { question: q.q })));
  }
  messages.sort((a, b) => a.length - b.length);
  const message = messages[Math.floor(messages.length / 2)];
  if (!message) throw new Error('the bot answered no dev-set question');
  const file = join(tmpdir(), `bench-floor-answer-${process.pid}.json`);
  writeFileSync(file, message);
  return { file, bytes: Buffer.byteLength(message) };
}

interface Traffic {
  after: ProcessUsage;
  cpuPerAskMs: number;
  /** Over the next INTERACTIONS /ask, once every dev-set question has been through the code once. */
  laterCpuPerAskMs: number;
  roundTrips: number[];
}

async function traffic(request: SpawnRequest): Promise<Traffic | undefined> {
  const { fake } = request;
  const bot = await spawnBot(request);
  try {
    const ask = askTraffic(fake);
    for (let i = 0; i < WARM_UP; i++) await ask();
    const before = processUsage(bot.pid);
    const roundTrips: number[] = [];
    for (let i = 0; i < INTERACTIONS; i++) roundTrips.push(await ask());
    const after = processUsage(bot.pid);
    for (let i = 0; i < INTERACTIONS; i++) await ask();
    const later = processUsage(bot.pid);
    if (!before || !after || !later) return undefined;
    return { after, cpuPerAskMs: (after.cpuMs - before.cpuMs) / INTERACTIONS, laterCpuPerAskMs: (later.cpuMs - after.cpuMs) / INTERACTIONS, roundTrips };
  } finally {
    await bot.stop();
  }
}

const median = (values: readonly number[]) => distribution(values).p50;
const fmt = (ms: number) => `${Math.round(ms)} ms`;

export const versusFloor: Measure = {
  name: 'the bot against the floor (npm start vs npm run bench:floor)',
  async run() {
    const answer = await typicalAnswerFile();
    const fake = await startFakeDiscord();
    try {
      const identify: Record<Side, number[]> = { floor: [], bot: [] };
      const ready: Record<Side, number[]> = { floor: [], bot: [] };
      for (let i = 0; i < START_SAMPLES; i++) {
        for (const side of ['floor', 'bot'] as const) {
          const bot = await spawnBot({ ...SIDES[side], fake });
          identify[side].push(bot.identifyMs);
          ready[side].push(bot.readyMs);
          await bot.stop();
        }
      }
      const requests = {
        ...SIDES,
        floorAnswer: { ...SIDES.floor, env: { FLOOR_REPLY: answer.file } },
      };
      const runs: Record<keyof typeof requests, Traffic[]> = { floor: [], floorAnswer: [], bot: [] };
      for (let i = 0; i < TRAFFIC_ROUNDS; i++) {
        for (const side of ['floor', 'floorAnswer', 'bot'] as const) {
          const run = await traffic({ ...requests[side], fake });
          if (run) runs[side].push(run);
        }
      }

      const flags = startArgs().slice(0, -1).join(' ');
      const startRatio = median(identify.bot) / median(identify.floor);
      const rows: Row[] = [
        valueRow('Spawn → gateway IDENTIFY, npm start ÷ the floor (medians)', startRatio, START_SAMPLES, '×', {
          target: { figure: 'value', below: 1.3 },
          note:
            `npm start ${fmt(median(identify.bot))} (samples ${identify.bot.map(fmt).join(', ')}); the floor, npm run bench:floor, ` +
            `${fmt(median(identify.floor))} (samples ${identify.floor.map(fmt).join(', ')}); both node ${flags}, alternately, one fake Discord on 127.0.0.1`,
        }),
        valueRow('Spawn → "ready" log line, npm start ÷ the floor (medians)', median(ready.bot) / median(ready.floor), START_SAMPLES, '×', {
          note: `npm start ${fmt(median(ready.bot))}: gateway ready, knowledge base and database loaded, answering; the floor ${fmt(median(ready.floor))}: discord.js ready`,
        }),
      ];
      if (runs.bot.length === 0 || runs.floor.length === 0 || runs.floorAnswer.length === 0) {
        const note = 'not measured on this platform: read from /proc, which only Linux has';
        return [
          ...rows,
          unmeasuredRow(`RSS after ${INTERACTIONS.toLocaleString('en-US')} /ask, npm start ÷ the floor`, '×', { target: { figure: 'value', below: 1.2 }, note }),
          unmeasuredRow('/ask CPU per interaction, npm start ÷ the floor', '×', { target: { figure: 'value', below: 1.3 }, note }),
        ];
      }
      type Run = keyof typeof runs;
      const rss = (side: Side) => median(runs[side].map((r) => r.after.rssMB));
      const peak = (side: Side) => median(runs[side].map((r) => r.after.peakMB));
      const cpu = (side: Run) => median(runs[side].map((r) => r.cpuPerAskMs));
      const laterCpu = (side: Side) => median(runs[side].map((r) => r.laterCpuPerAskMs));
      const mb = (value: number) => `${value.toFixed(1)} MB`;
      const cpuMs = (value: number) => `${value.toFixed(3)} ms`;
      return [
        ...rows,
        valueRow(`RSS after ${INTERACTIONS.toLocaleString('en-US')} /ask, npm start ÷ the floor (medians)`, rss('bot') / rss('floor'), TRAFFIC_ROUNDS, '×', {
          target: { figure: 'value', below: 1.2 },
          note:
            `VmRSS read from /proc after ${WARM_UP} + ${INTERACTIONS} /ask (dev-set questions, none asked twice; the floor answers each with its fixed embed), no forced GC, MB = 2^20 bytes: ` +
            `npm start ${runs.bot.map((r) => mb(r.after.rssMB)).join(', ')}; the floor ${runs.floor.map((r) => mb(r.after.rssMB)).join(', ')}; ` +
            `peak (VmHWM) ${mb(peak('bot'))} against ${mb(peak('floor'))}`,
        }),
        valueRow('/ask CPU per interaction, npm start ÷ the floor (medians)', cpu('bot') / cpu('floor'), TRAFFIC_ROUNDS, '×', {
          target: { figure: 'value', below: 1.3 },
          note:
            `user + system CPU of the process over ${INTERACTIONS} /ask, from /proc (10 ms ticks): ` +
            `npm start ${runs.bot.map((r) => cpuMs(r.cpuPerAskMs)).join(', ')}; the floor ${runs.floor.map((r) => cpuMs(r.cpuPerAskMs)).join(', ')} per interaction. ` +
            `The dev-set questions in turn, each pass with their first space widened, so no question is asked twice`,
        }),
        valueRow(`/ask CPU per interaction over the next ${INTERACTIONS.toLocaleString('en-US')}, npm start ÷ the floor (medians)`, laterCpu('bot') / laterCpu('floor'), TRAFFIC_ROUNDS, '×', {
          note:
            `the same processes, asked the next ${INTERACTIONS} questions (the dev set again, spaces widened once more): the bot's code has by then run once for every kind of question, ` +
            `so less of its CPU goes to compiling it: npm start ${runs.bot.map((r) => cpuMs(r.laterCpuPerAskMs)).join(', ')}; the floor ${runs.floor.map((r) => cpuMs(r.laterCpuPerAskMs)).join(', ')} per interaction`,
        }),
        valueRow('/ask CPU per interaction, the floor sending one of the bot\'s answers ÷ the floor (medians)', cpu('floorAnswer') / cpu('floor'), TRAFFIC_ROUNDS, '×', {
          note:
            `the floor process answering every /ask with one answer of the bot's instead of its fixed embed — the dev set's median-size answer, ${answer.bytes.toLocaleString('en-US')} bytes of JSON ` +
            `(embed, sources, menu), handed to discord.js as the bot hands it — and reading nothing: what sending a cited answer costs by itself. ` +
            `Floor with the answer ${runs.floorAnswer.map((r) => cpuMs(r.cpuPerAskMs)).join(', ')} per interaction`,
        }),
        valueRow('CPU the 1.3× target leaves for answering one /ask: 0.3 × the floor\'s CPU per interaction', 0.3 * cpu('floor'), TRAFFIC_ROUNDS, 'ms', {
          note: 'everything the bot does beyond the floor must fit in it: reading the question, the search, composing the cited answer and sending its larger embed; compare the in-process CPU rows of /ask and of MiniSearch alone below',
        }),
        distributionRow('/ask round trip, bot in its own process (npm start)', runs.bot.flatMap((r) => r.roundTrips), 'ms', { target: ROUND_TRIP_TARGET }),
      ];
    } finally {
      await fake.close();
      rmSync(answer.file, { force: true });
    }
  },
};
