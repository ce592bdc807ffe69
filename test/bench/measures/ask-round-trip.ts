// /ask through Discord's wire protocol: the real discord.js client and
// interaction handler, in this process, against the fake Discord on 127.0.0.1.
import { performance } from 'node:perf_hooks';
import { startBotUnderTest } from '../../support/discord-bot.ts';
import { askTraffic } from '../ask-traffic.ts';
import { distributionRow, valueRow, type Measure } from '../measure.ts';

const WARM_UP = 20;
const SEQUENTIAL = 500;
const BURST = 200;
export const ROUND_TRIP_TARGET = { figure: 'p99', below: 10 } as const;

export const askRoundTrip: Measure = {
  name: '/ask round trip through the fake Discord',
  async run() {
    const bot = await startBotUnderTest();
    try {
      const ask = askTraffic(bot.fake);
      for (let i = 0; i < WARM_UP; i++) await ask();
      const sequential: number[] = [];
      for (let i = 0; i < SEQUENTIAL; i++) sequential.push(await ask());
      const burstStart = performance.now();
      const burst = await Promise.all(Array.from({ length: BURST }, () => ask()));
      const burstTotal = performance.now() - burstStart;
      return [
        distributionRow('/ask round trip, one at a time: INTERACTION_CREATE sent → callback received', sequential, 'ms', {
          target: ROUND_TRIP_TARGET,
          note: `bot and fake Discord share this process, so the time includes the fake's own work; after ${WARM_UP} untimed interactions`,
        }),
        valueRow(`/ask burst: ${BURST} sent at once, time until all answered`, burstTotal, 1, 'ms', { note: 'one burst; samples counts bursts' }),
        distributionRow(`/ask burst: each interaction's round trip within the burst of ${BURST}`, burst, 'ms'),
      ];
    } finally {
      await bot.close();
    }
  },
};
