// The daily briefing for 1,000 servers that all chose the same minute,
// posted through the fake Discord with Discord's rate limits enforced (50
// requests per second, 5 messages per 5 s per channel), by the production
// scheduler, deliverer and discord.js REST client. Reported as a ratio to
// the least time those limits allow: 1,000 posts at 50 per second.
import { performance } from 'node:perf_hooks';
import { Deliverer } from '../../../src/briefing/deliver.ts';
import { BriefingScheduler } from '../../../src/briefing/scheduler.ts';
import { BriefingService } from '../../../src/briefing/service.ts';
import { DiscordBriefingPoster } from '../../../src/discord/briefing-poster.ts';
import { createDiscordClient } from '../../../src/discord/client.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import { createLogger } from '../../../src/log/logger.ts';
import { BriefingStore } from '../../../src/store/briefing-store.ts';
import { startFakeDiscord } from '../../fake-discord/index.ts';
import { tempDatabasePath } from '../../support/discord-bot.ts';
import { valueRow, type Measure } from '../measure.ts';

const SERVERS = 1000;
const DISCORD_GLOBAL_PER_SECOND = 50;
const WHAT = `Briefing fan-out to ${SERVERS.toLocaleString('en-US')} servers due the same minute, as a ratio to the rate-limit minimum`;

export const briefingFanout: Measure = {
  name: 'briefing fan-out',
  async run() {
    const fake = await startFakeDiscord({
      guilds: Array.from({ length: SERVERS }, (_, i) => ({ name: `Server ${i}`, channels: [{ name: 'briefing' }] })),
      rateLimits: true,
    });
    // Production REST settings: discord.js's own 50 requests/s global limit included.
    const client = createDiscordClient({ apiUrl: fake.apiUrl });
    client.rest.setToken(fake.token);
    const store = BriefingStore.open(tempDatabasePath());
    const clock = { now: new Date('2026-11-28T00:00:00Z') };
    const now = () => clock.now;
    const logger = createLogger({ level: 'silent' });
    const deliverer = new Deliverer({ knowledge: { kb: loadKnowledgeBase() }, store, poster: new DiscordBriefingPoster(client), logger });
    const service = new BriefingService({ store, deliverer, now, catchupHours: 6 });
    const scheduler = new BriefingScheduler({ store, deliverer, logger, now, catchupHours: 6 });
    try {
      for (const guild of fake.guilds) {
        service.set(guild.id, { channelId: fake.channel('briefing', guild.id).id, time: '08:00', timezone: 'Asia/Ho_Chi_Minh', language: 'fr' });
      }
      clock.now = new Date('2026-11-28T01:00:00Z');
      const start = performance.now();
      const due = scheduler.tick();
      await scheduler.idle();
      const seconds = (performance.now() - start) / 1000;
      const posted = fake.guilds.filter((g) => fake.messages(fake.channel('briefing', g.id).id).length === 1).length;
      const minimum = SERVERS / DISCORD_GLOBAL_PER_SECOND;
      return [
        valueRow(WHAT, seconds / minimum, 1, '×', {
          target: { figure: 'value', below: 1.1 },
          note:
            `${due.length} due, ${posted} posted once each in ${seconds.toFixed(1)} s; the minimum is ${minimum} s (${SERVERS} posts at ` +
            `${DISCORD_GLOBAL_PER_SECOND} requests/s); 429 responses served: ${fake.rateLimitHits.length}; one run`,
        }),
      ];
    } finally {
      await scheduler.stop();
      await client.destroy();
      store.close();
      await fake.close();
    }
  },
};
