// The bot used where it was never added: from a user's own install, in its DM,
// in a group DM and in a server it is not a member of. End to end through the
// fake Discord, asserting on what the user sees and on what the bot asked of
// Discord (only the interaction itself: no guild, channel or member lookups).
import { MessageFlags, type APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionPlace, Installer, OptionValue } from './fake-discord/index.ts';
import { startBotUnderTest, type BotUnderTest } from './support/discord-bot.ts';

interface MessageData {
  embeds?: APIEmbed[];
  flags?: number;
  allowed_mentions?: { parse?: string[] };
}

interface Where {
  place?: InteractionPlace;
  guild?: string;
  installedBy?: Installer[];
}

const IN_BOT_DM: Where = { place: 'bot-dm', installedBy: ['user'] };
const IN_GROUP_DM: Where = { place: 'private-channel' };
const IN_SERVER_WITHOUT_BOT: Where = { guild: 'Elsewhere' };

let t: BotUnderTest;
let userCounter = 0;
const freshUser = () => `${400000000000000000n + BigInt(++userCounter)}`;

beforeAll(async () => {
  t = await startBotUnderTest({ fake: { guilds: [{ name: 'Hanoi Test' }, { name: 'Elsewhere', botIsMember: false }] } });
});
afterAll(async () => {
  await t?.close();
});

async function command(where: Where, name: string, options: Record<string, OptionValue> = {}, extra: { subcommand?: string; locale?: 'fr' | 'en-US' } = {}) {
  const requestsBefore = t.fake.requests.length;
  const handle = t.fake.sendInteraction(t.fake.slashCommand({ name, options, userId: freshUser(), locale: 'en-US', ...where, ...extra }));
  const data = (await handle.waitForCallback()).data as MessageData;
  const embed = data.embeds?.[0] as APIEmbed;
  const text = `${embed.title}\n${embed.description ?? ''}\n${(embed.fields ?? []).map((f) => `${f.name}: ${f.value}`).join('\n')}`;
  // Let any request the handler makes after answering arrive before counting them.
  await t.fake.waitFor(() => t.fake.requests.slice(requestsBefore).every((r) => r.status !== undefined), 2000, 'requests to settle');
  return { handle, data, embed, text, requests: t.fake.requests.slice(requestsBefore) };
}

const ephemeral = (data: MessageData) => ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

describe.each([
  ['in its DM, installed by the user', IN_BOT_DM],
  ['in a group DM, installed by the user', IN_GROUP_DM],
  ['in a server it is not a member of, installed by the user', IN_SERVER_WITHOUT_BOT],
])('the bot %s', (_label, where) => {
  it('answers /ask with the cited answer, through the interaction only', async () => {
    const { data, embed, requests } = await command(where, 'ask', { question: 'When did the General Assembly adopt the convention?' });
    expect(ephemeral(data)).toBe(false);
    expect(embed.description).toMatch(/24 December 2024/);
    expect(embed.fields?.find((f) => /^Sources?\b/.test(f.name))?.value).toMatch(/\]\(https?:\/\//);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    // Only the interaction callback: no channel, guild or member lookup, which would fail here.
    expect(requests.map((r) => r.route)).toEqual(['/interactions/:interactionId/:token/callback']);
  });

  it('answers in French to a French client, and lists its commands', async () => {
    const { embed } = await command(where, 'signing', {}, { locale: 'fr' });
    expect(embed.title).toBe('Ordre de signature à Hanoï');
    const help = await command(where, 'help');
    expect(help.embed.fields?.map((f) => f.name)).toContain('/ask');
  });

  it('sends the timeline picture with the reply', async () => {
    const { handle, embed } = await command(where, 'timeline');
    expect(embed.image?.url).toBe('attachment://timeline.png');
    expect(handle.original?.attachments.map((a) => a.filename)).toEqual(['timeline.png']);
  });

  it('shows the source passage when its button is clicked', async () => {
    const handle = t.fake.sendInteraction(t.fake.componentClick({ customId: 'passage:en:message-solidarity', userId: freshUser(), locale: 'en-US', ...where }));
    const data = (await handle.waitForCallback()).data as MessageData;
    expect(ephemeral(data)).toBe(true);
    expect(data.embeds?.[0]?.description).toContain('Deuxièmement, il faut promouvoir');
  });

  it('autocompletes', async () => {
    const handle = t.fake.sendInteraction(t.fake.autocomplete({ name: 'ask', focused: 'question', options: { question: 'guter' }, userId: freshUser(), ...where }));
    const choices = ((await handle.waitForCallback()).data as { choices: { value: string }[] }).choices;
    expect(choices.length).toBeGreaterThan(0);
  });

  it('previews the briefing, and says plainly that setting one up needs the bot in a server', async () => {
    const preview = await command(where, 'briefing', { date: '2026-12-01' }, { subcommand: 'preview' });
    expect(preview.embed.title).toMatch(/1 December 2026|1er décembre 2026/);
    const status = await command(where, 'briefing', {}, { subcommand: 'status' });
    expect(ephemeral(status.data)).toBe(true);
    expect(status.text).toMatch(where.guild ? /The bot was not added to this server/ : /set up from a Discord server/);
  });
});

describe('a user-installed bot in a server it is not a member of', () => {
  it('refuses /briefing set even to a server admin, since it cannot post there', async () => {
    const handle = t.fake.sendInteraction(
      t.fake.slashCommand({
        name: 'briefing',
        subcommand: 'set',
        options: { channel: { channel: 'general' }, time: '08:00', timezone: 'UTC' },
        memberPermissions: 0x20n,
        guild: 'Elsewhere',
        userId: freshUser(),
      }),
    );
    const embed = ((await handle.waitForCallback()).data as MessageData).embeds?.[0];
    expect(embed?.description).toMatch(/The bot was not added to this server/);
    expect(t.running.bot.briefing?.settings(t.fake.guild('Elsewhere').id)).toBeUndefined();
  });

  it('never called a Discord endpoint it should not have', () => {
    expect(t.fake.unmatchedRequests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(t.fake.requests.filter((r) => r.status !== undefined && r.status >= 400).map((r) => `${r.status} ${r.method} ${r.path}`)).toEqual([]);
  });
});
