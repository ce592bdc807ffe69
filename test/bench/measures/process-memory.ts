// The bot in its own process, as deployed: resident memory at ready and
// after 1,000 /ask interactions, and the round trip when bot and Discord do
// not share an event loop.
import { startFakeDiscord } from '../../fake-discord/index.ts';
import { askTraffic } from '../ask-traffic.ts';
import { processMemory, spawnBot } from '../bot-process.ts';
import { startArgs } from '../../support/run.ts';
import { distributionRow, unmeasuredRow, valueRow, type Measure, type Row } from '../measure.ts';
import { ROUND_TRIP_TARGET } from './ask-round-trip.ts';

const INTERACTIONS = 1000;
const AFTER = `Bot process RSS after ${INTERACTIONS.toLocaleString('en-US')} /ask interactions`;
const RSS_TARGET = { figure: 'value', below: 150 } as const;

export const processMemoryMeasure: Measure = {
  name: 'bot process memory after 1,000 interactions',
  async run() {
    const fake = await startFakeDiscord();
    const bot = await spawnBot(fake);
    try {
      const atReady = processMemory(bot.pid);
      const ask = askTraffic(fake);
      const roundTrips: number[] = [];
      for (let i = 0; i < INTERACTIONS; i++) roundTrips.push(await ask());
      const after = processMemory(bot.pid);
      const rows: Row[] = [
        distributionRow('/ask round trip, bot in its own process (as npm start runs it)', roundTrips, 'ms', { target: ROUND_TRIP_TARGET }),
      ];
      if (!atReady || !after) {
        return [...rows, unmeasuredRow(AFTER, 'MB', { target: RSS_TARGET, note: 'not measured on this platform: read from /proc, which only Linux has' })];
      }
      const rssNote = `VmRSS of the bot process (node ${startArgs().join(' ')}, as npm start runs it), read from /proc; no forced GC: what the OS sees; MB = 2^20 bytes`;
      return [
        ...rows,
        valueRow('Bot process RSS at ready', atReady.rssMB, 1, 'MB', { note: rssNote }),
        valueRow(AFTER, after.rssMB, 1, 'MB', { target: RSS_TARGET }),
        valueRow('Bot process peak RSS (VmHWM) from start to then', after.peakMB, 1, 'MB'),
      ];
    } finally {
      await bot.stop();
      await fake.close();
    }
  },
};
