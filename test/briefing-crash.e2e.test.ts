// A crash while a briefing is being posted: Discord may already have created
// the message, and only remembers its nonce for a few minutes. The restarted
// bot (the compiled bot, as `npm start` runs it) must re-send at once with
// the same nonce, so Discord returns the message it has instead of posting
// it twice. The fake remembers nonces for one minute only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/briefing/calendar.ts';
import { BriefingStore } from '../src/store/briefing-store.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { fakeEnv, tempDatabasePath } from './support/discord-bot.ts';
import { spawnStart } from './support/run.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord({ nonceWindowMs: 60_000 });
});
afterAll(async () => fake?.close());

describe('a crash mid-post', () => {
  it('is re-sent at the restart with the same nonce, and the channel gets one message', async () => {
    const channel = fake.channel('general');
    const database = tempDatabasePath();
    const now = new Date();
    const store = BriefingStore.open(database);
    // Due since midnight UTC today; a catch-up window of 24 hours keeps it due all day.
    store.saveSettings({ guildId: fake.guild().id, channelId: channel.id, time: '00:00', timezone: 'UTC', language: 'en', activeFrom: localDate(now, 'UTC'), source: 'command' }, now);
    store.close();
    const env = fakeEnv(fake, { DATABASE_PATH: database, BRIEFING_CATCHUP_HOURS: '24' });
    const posts = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel.id}/messages`);

    // Discord creates the message, and the bot never hears back: then it dies.
    fake.failNext({ method: 'POST', channelId: channel.id, afterHandling: true, hang: true });
    const first = spawnStart({ env });
    try {
      await fake.waitFor(() => fake.messages(channel.id).length === 1, 15_000, 'the message to be created');
      first.kill('SIGKILL');
      await first.exited;
    } finally {
      first.kill('SIGKILL');
    }

    const second = spawnStart({ env });
    try {
      await second.waitFor((out) => out.includes('"msg":"briefing posted"'), 15_000, 'the re-send after the restart');
      expect(second.stdout).toContain('a briefing was being posted when the bot last stopped; re-sending it now with the same nonce');
      const [crashed, resent] = posts();
      expect(posts()).toHaveLength(2);
      expect((resent?.body as { nonce?: string }).nonce).toBe((crashed?.body as { nonce?: string }).nonce);
      expect(fake.messages(channel.id)).toHaveLength(1);
      second.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      second.kill('SIGKILL');
    }
  });
});
