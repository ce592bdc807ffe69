// The daily briefing end to end: /briefing through the real discord.js
// Client and the fake Discord, posts to a channel over REST with a nonce,
// and the 403, 404, 5xx and lost-response paths.
import { MessageFlags, PermissionFlagsBits, type APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BOT_PERMISSIONS, startFakeDiscord, type FakeDiscord, type OptionValue } from './fake-discord/index.ts';
import { startBotUnderTest, type BotUnderTest } from './support/discord-bot.ts';
import { pngSize } from './support/png.ts';

interface MessageData {
  embeds?: APIEmbed[];
  flags?: number;
  allowed_mentions?: { parse?: string[] };
}

const clock = { now: new Date('2026-11-28T00:30:00Z') };
let fake: FakeDiscord;
let t: BotUnderTest;

beforeAll(async () => {
  fake = await startFakeDiscord({
    guilds: [
      {
        name: 'Hanoi Test',
        roles: [{ name: 'Hanoi Bot', permissions: DEFAULT_BOT_PERMISSIONS, bot: true }],
        channels: [
          { name: 'general' },
          { name: 'news' },
          { name: 'voice', type: 'voice' },
          { name: 'private', overwrites: [{ role: 'Hanoi Bot', deny: PermissionFlagsBits.ViewChannel }] },
          { name: 'no-embeds', overwrites: [{ role: 'Hanoi Bot', deny: PermissionFlagsBits.EmbedLinks }] },
          { name: 'no-files', overwrites: [{ role: 'Hanoi Bot', deny: PermissionFlagsBits.AttachFiles }] },
        ],
      },
    ],
  });
  t = await startBotUnderTest({ fake, now: () => clock.now });
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

const ADMIN = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages;

async function briefing(subcommand: string, options: Record<string, OptionValue> = {}, permissions = ADMIN, locale: 'fr' | 'en-US' = 'en-US') {
  const handle = fake.sendInteraction(fake.slashCommand({ name: 'briefing', subcommand, options, memberPermissions: permissions, locale }));
  const data = (await handle.waitForCallback()).data as MessageData;
  const embed = data.embeds?.[0] as APIEmbed;
  return { data, embed, text: `${embed.title}\n${embed.description ?? ''}\n${(embed.fields ?? []).map((f) => `${f.name}: ${f.value}`).join('\n')}` };
}

const channelId = (name: string) => fake.channel(name).id;
const set = (channel: string, time = '08:00', timezone = 'Asia/Ho_Chi_Minh', language = 'fr') =>
  briefing('set', { channel: { channel }, time, timezone, language });

async function tickAt(iso: string): Promise<void> {
  clock.now = new Date(iso);
  t.running.scheduler.tick();
  await t.running.scheduler.idle();
}

describe('/briefing for admins', () => {
  it('refuses a member without Manage Server, even though Discord hides the command from them', async () => {
    const { data, text } = await briefing('status', {}, PermissionFlagsBits.SendMessages);
    expect((data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(text).toMatch(/Only members with the Manage Server permission/);
  });

  it('refuses impossible times, unknown time zones and channels it cannot post in, naming the fix', async () => {
    expect((await set('general', '25:00')).text).toMatch(/"25:00" is not a valid time/);
    expect((await set('general', '8h')).text).toMatch(/"8h" is not a valid time/);
    expect((await set('general', '08:00', 'Mars/Olympus_Mons')).text).toMatch(/not a known time zone/);
    expect((await set('voice')).text).toMatch(/is not a text channel/);
    expect((await set('private')).text).toMatch(/cannot see .*View Channel/);
    expect((await set('no-embeds')).text).toMatch(/Embed Links/);
    expect(t.running.bot.briefing?.settings(fake.guild().id)).toBeUndefined();
  });

  it('sets, shows the status with the next post time, and previews exactly what it will post', async () => {
    const { data, text } = await set('general');
    expect((data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(text).toMatch(new RegExp(`Every day at 08:00 \\(Asia/Ho_Chi_Minh\\) in <#${channelId('general')}>. Next post: 28 November 2026 at 08:00`));
    const status = await briefing('status');
    expect(status.text).toMatch(/State: On/);
    expect(status.text).toMatch(/Next post: 28 November 2026 at 08:00 \(Asia\/Ho_Chi_Minh\)/);
    expect(status.text).toMatch(/Last post: Never/);

    const preview = await briefing('preview', { date: '2026-11-28' });
    expect((preview.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(preview.embed.title).toBe('Le point du 28 novembre 2026 sur la Convention de Hanoï');

    await tickAt('2026-11-28T01:00:00Z');
    const [posted] = fake.messages(channelId('general'));
    expect(posted?.embeds?.[0]?.title).toBe(preview.embed.title);
    expect(posted?.embeds?.[0]?.fields).toEqual(preview.embed.fields);
    const post = fake.requests.find((r) => r.method === 'POST' && r.path.endsWith(`/channels/${channelId('general')}/messages`));
    expect(post?.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect(String((post?.body as { nonce?: string }).nonce).length).toBeLessThanOrEqual(25);

    const after = await briefing('status');
    expect(after.text).toMatch(new RegExp(`Last post: 28 November 2026 — https://discord.com/channels/${fake.guild().id}/${channelId('general')}/${posted?.id}`));
  });

  it('"now" counts as today’s post: a second one, or the schedule, posts nothing more', async () => {
    const before = fake.messages(channelId('general')).length;
    expect((await briefing('now')).text).toMatch(/Already posted today/);
    await tickAt('2026-11-28T01:05:00Z');
    expect(fake.messages(channelId('general'))).toHaveLength(before);
  });

  it('rejects a preview date before 2019 or after 2100', async () => {
    expect((await briefing('preview', { date: '2018-12-31' })).text).toMatch(/not a valid date between 2019-01-01 and 2100-12-31/);
    expect((await briefing('preview', { date: '2101-01-01' })).text).toMatch(/not a valid date/);
  });

  it('autocompletes time zones', async () => {
    const handle = fake.sendInteraction(
      fake.autocomplete({ name: 'briefing', subcommand: 'set', focused: 'timezone', options: { timezone: 'ho_chi' }, memberPermissions: ADMIN }),
    );
    const choices = ((await handle.waitForCallback()).data as { choices: { value: string }[] }).choices;
    expect(choices.map((c) => c.value)).toContain('Asia/Ho_Chi_Minh');
  });
});

describe('delivery failures', () => {
  it('a lost response is retried with the same nonce and posts once', async () => {
    await set('news', '09:00');
    fake.failNext({ method: 'POST', channelId: channelId('news'), afterHandling: true, status: 502 });
    await tickAt('2026-11-29T02:00:00Z');
    expect(fake.messages(channelId('news'))).toHaveLength(1);
    expect((await briefing('status')).text).toMatch(/Last post: 29 November 2026/);
  });

  it('5xx: retried later the same day, then posted once', async () => {
    fake.failNext({ method: 'POST', channelId: channelId('news'), status: 500, times: 4 });
    await tickAt('2026-11-30T02:00:00Z');
    expect(fake.messages(channelId('news'))).toHaveLength(1);
    expect((await briefing('status')).text).toMatch(/Last error: 30 November 2026/);
    await tickAt('2026-11-30T02:01:00Z');
    expect(fake.messages(channelId('news'))).toHaveLength(2);
  });

  it('403: pauses, keeps the settings, tells the admin the fix; /briefing set resumes', async () => {
    fake.failNext({ method: 'POST', channelId: channelId('news'), status: 403 });
    await tickAt('2026-12-01T02:00:00Z');
    const status = await briefing('status');
    expect(status.text).toMatch(/State: Paused after an error/);
    expect(status.text).toMatch(new RegExp(`What to do: Give the bot View Channel, Send Messages and Embed Links in <#${channelId('news')}>`));
    expect(status.text).toMatch(/Schedule: 09:00 \(Asia\/Ho_Chi_Minh\)/);
    expect(t.logs.some((l) => l.msg === 'briefing paused' && l.reason === 'missing-permissions')).toBe(true);
    await tickAt('2026-12-02T02:00:00Z');
    expect(fake.messages(channelId('news'))).toHaveLength(2);
    await set('news', '09:00');
    await tickAt('2026-12-03T02:00:00Z');
    expect(fake.messages(channelId('news'))).toHaveLength(3);
  });

  it('404: pauses and asks for another channel, in French for a French admin', async () => {
    fake.failNext({ method: 'POST', channelId: channelId('news'), status: 404 });
    await tickAt('2026-12-04T02:00:00Z');
    const status = await briefing('status', {}, ADMIN, 'fr');
    expect(status.text).toMatch(/Que faire: Le salon a été supprimé ou le bot ne le voit plus : choisissez un autre salon avec `\/briefing set`/);
  });

  it('off keeps the settings and stops posting', async () => {
    await set('news', '09:00');
    expect((await briefing('off')).text).toMatch(/turned off.*settings are kept/s);
    await tickAt('2026-12-05T02:00:00Z');
    expect(fake.messages(channelId('news'))).toHaveLength(3);
    expect((await briefing('status')).text).toMatch(/State: Off/);
  });
});

describe('restart', () => {
  it('a new process on the same database posts no duplicate and catches up what it missed', async () => {
    await set('news', '09:00');
    await tickAt('2026-12-06T01:00:00Z'); // general at 08:00 local posts
    const general = fake.messages(channelId('general')).length;
    const news = fake.messages(channelId('news')).length;
    const database = t.config.DATABASE_PATH;
    await t.running.stop();

    // Back up at 11:30 local: general was posted today, news (09:00) was missed while down.
    clock.now = new Date('2026-12-06T04:30:00Z');
    t = await startBotUnderTest({ fake, now: () => clock.now, env: { DATABASE_PATH: database } });
    await t.running.scheduler.idle();
    expect(fake.messages(channelId('general'))).toHaveLength(general);
    expect(fake.messages(channelId('news'))).toHaveLength(news + 1);
  });

  it('sets up the BRIEFING_CHANNEL_ID server from the environment, without any command', async () => {
    const other = await startFakeDiscord();
    const envBot = await startBotUnderTest({ fake: other, env: { BRIEFING_CHANNEL_ID: other.channel('general').id, BRIEFING_TIME: '07:30', BRIEFING_LANGUAGE: 'en' } });
    try {
      const handle = other.sendInteraction(other.slashCommand({ name: 'briefing', subcommand: 'status', memberPermissions: ADMIN, locale: 'en-US' }));
      const embed = ((await handle.waitForCallback()).data as MessageData).embeds?.[0];
      expect(embed?.fields?.find((f) => f.name === 'Schedule')?.value).toBe('07:30 (Asia/Ho_Chi_Minh) (set by the bot configuration)');
      expect(embed?.fields?.find((f) => f.name === 'Language')?.value).toBe('English');
    } finally {
      await envBot.close();
      await other.close();
    }
  });
});

describe('the weekly picture', () => {
  const posts = (channel: string, since: number) =>
    fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId(channel)}/messages` && r.at >= since);

  it('comes with Monday’s briefing in one multipart post, still posted once when the response is lost', async () => {
    await set('news', '09:00');
    const since = Date.now();
    const before = fake.messages(channelId('news')).length;
    fake.failNext({ method: 'POST', channelId: channelId('news'), afterHandling: true, status: 502 });
    await tickAt('2026-12-07T02:00:00Z'); // Monday, 09:00 in Ho Chi Minh City

    const messages = fake.messages(channelId('news'));
    expect(messages).toHaveLength(before + 1);
    const posted = messages.at(-1);
    expect(posted?.embeds[0]?.image?.url).toBe('attachment://timeline.png');
    expect(posted?.embeds[0]?.fields?.map((f) => f.name)).toContain('🗓️ La chronologie de la semaine');
    expect(posted?.attachments.map((a) => a.filename)).toEqual(['timeline.png']);
    expect(posted?.attachments[0]?.description).toMatch(/^Convention de Hanoï : la chronologie — Au 7 décembre 2026\./);

    // The lost response and its retry: the same nonce in both multipart bodies, the same picture.
    const tries = posts('news', since);
    expect(tries.map((r) => r.status)).toEqual([502, 200]);
    expect(new Set(tries.map((r) => (r.body as { nonce?: string }).nonce)).size).toBe(1);
    for (const attempt of tries) {
      expect(attempt.headers['content-type']).toMatch(/^multipart\/form-data/);
      expect(attempt.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
      expect(attempt.files.map((f) => f.name)).toEqual(['timeline.png']);
      expect(pngSize(attempt.files[0]?.data ?? Buffer.alloc(0))).toEqual({ width: 1200, height: 400 });
    }
  });

  it('does not come on other days', async () => {
    const since = Date.now();
    await tickAt('2026-12-08T02:00:00Z');
    const [tuesday] = posts('news', since);
    expect(tuesday?.status).toBe(200);
    expect(tuesday?.files).toEqual([]);
    expect(fake.messages(channelId('news')).at(-1)?.attachments).toEqual([]);
  });

  it('is left out where the bot may not attach files, and the briefing still goes out', async () => {
    await set('no-files', '09:00');
    await tickAt('2026-12-14T02:00:00Z'); // the next Monday
    const [posted] = fake.messages(channelId('no-files'));
    expect(posted?.embeds[0]?.title).toBe('Le point du 14 décembre 2026 sur la Convention de Hanoï');
    expect(posted?.attachments).toEqual([]);
    expect(posted?.embeds[0]?.image).toBeUndefined();
  });
});
