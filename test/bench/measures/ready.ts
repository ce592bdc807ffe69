// Time from process start to "ready": Node and tsx start, the knowledge base
// loads, the index builds, and the client logs into the gateway.
import { startFakeDiscord } from '../../fake-discord/index.ts';
import { spawnBot } from '../bot-process.ts';
import { startArgs } from '../../support/run.ts';
import { distributionRow, type Measure } from '../measure.ts';

const SAMPLES = 5;

export const readyTime: Measure = {
  name: 'process start to ready',
  async run() {
    const fake = await startFakeDiscord();
    try {
      const samples: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const bot = await spawnBot(fake);
        samples.push(bot.readyMs);
        await bot.stop();
      }
      return [
        distributionRow(`Process start to "ready" log line (node ${startArgs().join(' ')}, fake Discord)`, samples, 'ms', {
          target: { figure: 'p99', below: 1500 },
          note: `${SAMPLES} spawns, so p99 is the slowest; samples: ${samples.map((ms) => Math.round(ms)).join(', ')} ms`,
        }),
      ];
    } finally {
      await fake.close();
    }
  },
};
