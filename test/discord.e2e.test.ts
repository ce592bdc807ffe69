// End to end: the real discord.js Client logged into the fake Discord on
// 127.0.0.1, driven by INTERACTION_CREATE events; assertions are on what the
// bot sent back over REST.
import {
  InteractionResponseType,
  MessageFlags,
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIComponentInMessageActionRow,
  type APIEmbed,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../src/discord/limits.ts';
import type { OptionValue, SlashCommandOptions } from './fake-discord/index.ts';
import { startBotUnderTest, type BotUnderTest } from './support/discord-bot.ts';
import { pngSize } from './support/png.ts';

interface MessageData {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions?: { parse?: string[] };
  flags?: number;
  choices?: APIApplicationCommandOptionChoice[];
}

let t: BotUnderTest;
let userCounter = 0;
/** A fresh user per interaction keeps the /ask cooldown out of tests that are not about it. */
const freshUser = () => `${200000000000000000n + BigInt(++userCounter)}`;

beforeAll(async () => {
  t = await startBotUnderTest();
});
afterAll(async () => {
  await t?.close();
});

async function command(name: string, options: Record<string, OptionValue> = {}, extra: Partial<SlashCommandOptions> = {}) {
  const handle = t.fake.sendInteraction(t.fake.slashCommand({ name, options, userId: freshUser(), locale: 'en-US', ...extra }));
  const callback = await handle.waitForCallback();
  return { handle, type: callback.type, data: callback.data as MessageData };
}

const embedOf = (data: MessageData): APIEmbed => {
  expect(data.embeds).toHaveLength(1);
  return data.embeds?.[0] as APIEmbed;
};
const sourcesField = (embed: APIEmbed) => embed.fields?.find((f) => /^(?:Sources?|Nguồn)(?:$| )/.test(f.name));

function embedSize(embed: APIEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

function expectWithinLimits(data: MessageData): void {
  for (const embed of data.embeds ?? []) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    }
    expect(embedSize(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  }
  expect(data.allowed_mentions).toEqual({ parse: [] });
}

describe('slash commands answer with cited embeds', () => {
  it('/ask in French answers in French with a linked source and a passage button', async () => {
    const { type, data } = await command('ask', { question: 'qui a signé la convention en premier ?' }, { locale: 'fr' });
    expect(type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expectWithinLimits(data);
    const embed = embedOf(data);
    expect(embed.title).toBe('Ordre de signature à Hanoï');
    expect(embed.description).toContain('Maldives');
    expect(sourcesField(embed)?.value).toMatch(/\[1\] \[.+\]\(https:\/\/vtcnews\.vn\/[^)]+\) — VTC News .*, 25 octobre 2025 — § \d/);
    const button = data.components?.[0]?.components[0];
    expect(button).toMatchObject({ custom_id: 'passage:fr:signing-order', label: 'Voir le passage source' });
    expect((data.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
  });

  it('/ask in English from an English client answers in English', async () => {
    const { data } = await command('ask', { question: 'When did the General Assembly adopt the convention?' });
    const embed = embedOf(data);
    expect(embed.description).toMatch(/24 December 2024/);
    expect(sourcesField(embed)?.value).toMatch(/\]\(https?:\/\//);
  });

  it('/ask about one country from a French client: that state’s signature, in French, with its source', async () => {
    const { data } = await command('ask', { question: '@everyone la **France** a-t-elle signé ?' }, { locale: 'fr' });
    expectWithinLimits(data);
    const embed = embedOf(data);
    expect(embed.title).toBe('France — signataire (Hanoï)');
    expect(embed.description).toMatch(/France — signataire : oui, le 25 octobre 2025 à Hanoï\./);
    expect(sourcesField(embed)?.value).toContain('treaties.un.org');
    expect(data.components?.[0]?.components[0]).toMatchObject({ custom_id: 'passage:fr:signatory-fr' });
  });

  it('/ask greeted gets a pointer to /help, not an answer and not an error', async () => {
    const { data } = await command('ask', { question: 'hi bot!' }, { locale: 'fr' });
    const embed = embedOf(data);
    expect(embed.title).toBe('Hello! 👋');
    expect(embed.description).toContain('/help');
    expect(sourcesField(embed)).toBeUndefined();
    expect((data.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
  });

  it('/ask private:true answers ephemerally', async () => {
    const { data } = await command('ask', { question: 'who chaired the ad hoc committee', private: true });
    expect((data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(data).description).toMatch(/Mebarki/);
  });

  it('declines what it cannot answer, says what it can, and cites nothing', async () => {
    const { data } = await command('ask', { question: 'Who won the 2022 World Cup?' });
    const embed = embedOf(data);
    expect(embed.title).toBe("I can't answer that question");
    expect(embed.description).toMatch(/I can answer about:/);
    expect(sourcesField(embed)).toBeUndefined();
    expect(data.components ?? []).toEqual([]);
  });

  it('/messages lists the three messages in order, each cited', async () => {
    const { data } = await command('messages', {}, { locale: 'fr' });
    const embed = embedOf(data);
    expect(embed.description).toMatch(/1\. \*\*.+\*\* — .*droit international[\s\S]*2\. [\s\S]*3\. /);
    expect(sourcesField(embed)?.value).toMatch(/§ 11/);
  });

  it('/signing names no position after those the source gives', async () => {
    const { data } = await command('signing');
    const embed = embedOf(data);
    expect(embed.description).toMatch(/1\. Viet Nam[\s\S]*4\. Australia/);
    expect(embed.description).not.toMatch(/5\. /);
    expect(embed.fields?.some((f) => /no later position/.test(f.value))).toBe(true);
  });

  it('/quote, /fact, /sources and /help all answer', async () => {
    const quote = embedOf((await command('quote', { query: 'multilatéralisme' })).data);
    expect(quote.description).toMatch(/multilat/);
    expect(sourcesField(quote)).toBeDefined();
    const fact = embedOf((await command('fact', { topic: 'topic:entry-into-force' })).data);
    expect(sourcesField(fact)).toBeDefined();
    const sources = (await command('sources')).data;
    expectWithinLimits(sources);
    expect(sourcesField(embedOf(sources))?.value).toContain('treaties.un.org');
    const help = embedOf((await command('help', {}, { locale: 'fr' })).data);
    expect(help.fields?.map((f) => f.name)).toEqual(['/ask', '/quote', '/messages', '/signing', '/signatories', '/article', '/timeline', '/fact', '/sources', '/briefing', '/help']);
  });
});

describe('a Vietnamese Discord client (locale vi)', () => {
  it('/ask in Vietnamese, typed without diacritics, answers in Vietnamese with its source and a Vietnamese button', async () => {
    const { data } = await command('ask', { question: 'nuoc nao ky cong uoc dau tien' }, { locale: 'vi' });
    expectWithinLimits(data);
    const embed = embedOf(data);
    expect(embed.title).toBe('Thứ tự ký tại Hà Nội');
    expect(embed.description).toMatch(/1\. Việt Nam \(nước chủ nhà\) — Bộ trưởng Bộ Công an Lương Tam Quang/);
    expect(sourcesField(embed)?.value).toMatch(/\]\(https:\/\/vtcnews\.vn\/[^)]+\) — VTC News .*, ngày 25 tháng 10 năm 2025 — đoạn \d/);
    expect(data.components?.[0]?.components[0]).toMatchObject({ custom_id: 'passage:vi:signing-order', label: 'Xem đoạn nguồn' });
  });

  it('commands without text answer in Vietnamese, and the passage button keeps the language', async () => {
    const help = embedOf((await command('help', {}, { locale: 'vi' })).data);
    expect(help.title).toBe('Bot Công ước Hà Nội — trợ giúp');
    const messages = embedOf((await command('messages', {}, { locale: 'vi' })).data);
    expect(messages.description).toMatch(/1\. \*\*Không gian mạng có trật tự/);
    const handle = t.fake.sendInteraction(t.fake.componentClick({ customId: 'passage:vi:message-solidarity', locale: 'vi' }));
    const passage = embedOf((await handle.waitForCallback()).data as MessageData);
    expect(passage.title).toMatch(/Đoạn được trích/);
  });
});

describe('/timeline', () => {
  it('uploads the picture with its alt text and shows it in the cited embed', async () => {
    const { handle, data } = await command('timeline', {}, { locale: 'fr' });
    const embed = embedOf(data);
    expect(embed.title).toBe('Convention de Hanoï : la chronologie');
    expect(embed.image?.url).toBe('attachment://timeline.png');
    expect(embed.description).toMatch(/1\. \*\*27 décembre 2019\*\* — La résolution 74\/247/);
    expect(embed.fields?.map((f) => f.value).join('\n')).toContain('(https://treaties.un.org/');
    expect(data.components ?? []).toEqual([]);
    const upload = t.fake.requests.find((r) => r.route === '/interactions/:interactionId/:token/callback' && r.path.includes(handle.id));
    const [file] = upload?.files ?? [];
    expect(file?.name).toBe('timeline.png');
    expect(pngSize(file?.data ?? Buffer.alloc(0))).toEqual({ width: 1200, height: 400 });
    const [attachment] = handle.original?.attachments ?? [];
    expect(attachment?.filename).toBe('timeline.png');
    expect(attachment?.description).toMatch(/^Convention de Hanoï : la chronologie — Au \d/);
    expectWithinLimits(data);
  });
});

describe('buttons and menus', () => {
  it('"Show source passage" answers ephemerally with the cited words', async () => {
    const handle = t.fake.sendInteraction(t.fake.componentClick({ customId: 'passage:en:message-solidarity', locale: 'en-US' }));
    const data = (await handle.waitForCallback()).data as MessageData;
    expect((data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(data).description).toContain('Deuxièmement, il faut promouvoir');
    expect(data.components ?? []).toEqual([]);
  });

  it('"Show source passage" shows our summary as ours, never as the source’s words', async () => {
    const handle = t.fake.sendInteraction(t.fake.componentClick({ customId: 'passage:en:refusal-of-requests', locale: 'en-US' }));
    const description = embedOf((await handle.waitForCallback()).data as MessageData).description ?? '';
    expect(description).toMatch(/In short \(our words\): Our checked facts summarise this report/);
    expect(description).not.toMatch(/^> /m);
  });

  it('offers "Other results" when several entries matched, and shows the chosen one', async () => {
    const { data } = await command('ask', { question: 'Guterres' });
    const menu = data.components?.flatMap((row) => row.components).find((c) => 'custom_id' in c && c.custom_id.startsWith('related:'));
    expect(menu && 'options' in menu ? menu.options.length : 0).toBeGreaterThan(0);
    const chosen = menu && 'options' in menu ? (menu.options[0]?.value as string) : '';
    const handle = t.fake.sendInteraction(t.fake.componentClick({ customId: 'related:en', values: [chosen], locale: 'en-US' }));
    const picked = (await handle.waitForCallback()).data as MessageData;
    expect((picked.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(sourcesField(embedOf(picked))).toBeDefined();
  });

  it('a button or menu the bot does not recognise gets a polite private notice in the user\'s language', async () => {
    const click = async (customId: string, locale: 'fr' | 'en-US' | 'en-GB', values?: string[]) =>
      (await t.fake.sendInteraction(t.fake.componentClick({ customId, locale, ...(values ? { values } : {}) })).waitForCallback()).data as MessageData;
    const french = await click('vote:yes', 'fr');
    expect((french.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(french).title).toBe('Bouton expiré');
    expect(embedOf(french).description).toMatch(/ne fait plus rien/);
    const english = await click('passage', 'en-US');
    expect(embedOf(english).title).toBe('Button expired');
    const menu = await click('old-menu:en', 'en-GB', ['something']);
    expect((menu.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(menu).title).toBe('Button expired');
  });

  it('a button naming an entry that no longer exists gets a clear message', async () => {
    const handle = t.fake.sendInteraction(t.fake.componentClick({ customId: 'passage:en:gone-entry', locale: 'en-US' }));
    expect(embedOf((await handle.waitForCallback()).data as MessageData).title).toBe('Entry not found');
  });
});

describe('autocomplete', () => {
  async function autocomplete(name: string, focused: string, value: string) {
    const handle = t.fake.sendInteraction(t.fake.autocomplete({ name, focused, options: { [focused]: value }, locale: 'en-US' }));
    const callback = await handle.waitForCallback();
    expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    return (callback.data as MessageData).choices ?? [];
  }

  it('suggests entries as stable ids, within Discord limits', async () => {
    const choices = await autocomplete('ask', 'question', 'guter');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThanOrEqual(1);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(String(choice.value)).toMatch(/^id:[a-z0-9-]+$/);
    }
    const picked = await command('ask', { question: String(choices[0]?.value) });
    expect(sourcesField(embedOf(picked.data))).toBeDefined();
  });

  it('handles an empty and a huge value', async () => {
    expect((await autocomplete('quote', 'query', '')).length).toBeGreaterThan(0);
    const huge = await autocomplete('ask', 'question', 'x'.repeat(6000));
    expect(huge.length).toBeLessThanOrEqual(25);
  });

  it('/signatories: a country suggested in the reader\'s language, then answered with its source', async () => {
    const handle = t.fake.sendInteraction(t.fake.autocomplete({ name: 'signatories', focused: 'country', options: { country: 'allem' }, locale: 'fr' }));
    const choices = ((await handle.waitForCallback()).data as MessageData).choices ?? [];
    expect(choices[0]).toEqual({ name: 'Allemagne', value: 'id:signatory-de' });
    const { data } = await command('signatories', { country: String(choices[0]?.value) }, { locale: 'fr' });
    expectWithinLimits(data);
    const embed = embedOf(data);
    expect(embed.title).toBe('Allemagne — pas signataire à Hanoï, selon nos sources');
    expect(embed.fields?.some((f) => /2 décembre 2026/.test(f.value))).toBe(true);
    expect(sourcesField(embed)?.value).toContain('newshour.media');
    expect(data.components?.[0]?.components[0]).toMatchObject({ custom_id: 'passage:fr:signatory-de' });
  });

  it('/signatories without a country lists the signatories within Discord limits, every source shown whole', async () => {
    for (const locale of ['en-US', 'fr'] as const) {
      const { data } = await command('signatories', {}, { locale });
      expectWithinLimits(data);
      const embed = embedOf(data);
      expect(embed.description).toMatch(/^(72 states signed in Hanoi|72 États ont signé à Hanoï)[\s\S]*(Algeria|Algérie), Angola/);
      // The list cites the depositary and the few sources that name several signers, never one per country:
      // the Sources section is not cut, and the counts after Hanoi keep their dates.
      const sources = (embed.fields ?? []).filter((f) => /^Sources?\b/.test(f.name)).map((f) => f.value).join('\n');
      const cited = [...sources.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1]));
      expect(cited.length).toBeLessThanOrEqual(8);
      expect(cited).toEqual(cited.map((_, i) => i + 1));
      expect(sources).not.toMatch(/…$/);
      const markers = [...(embed.description ?? '').matchAll(/\[(\d+)(?:, (\d+))*\]/g)].flatMap((m) => m.slice(1).filter(Boolean).map(Number));
      for (const n of markers) expect(cited).toContain(n);
      expect(embed.fields?.map((f) => f.value).join('\n')).toMatch(/(as of 10 February 2026|au 10 février 2026)[\s\S]*(as of 2 December 2026|au 2 décembre 2026)/);
    }
  });

  it('/article: suggested by title, answered with the official text', async () => {
    const choices = await autocomplete('article', 'number', 'illegal acc');
    expect(choices[0]).toEqual({ name: 'Article 7 — Illegal access', value: 'id:article-7' });
    const { data } = await command('article', { number: String(choices[0]?.value) });
    const embed = embedOf(data);
    expect(embed.title).toBe('Article 7 — Illegal access');
    expect(embed.fields?.some((f) => /treaties\.un\.org/.test(f.value))).toBe(true);
  });

  it('offers topics for /fact', async () => {
    const choices = await autocomplete('fact', 'topic', 'entr');
    expect(choices.some((c) => c.value === 'topic:entry-into-force')).toBe(true);
  });
});

describe('bad input never crashes and never pings', () => {
  it('echoes the question markdown-escaped, with mentions disabled', async () => {
    const question = '@everyone <@&123456789012345678> **who** signed _first_?';
    const { data } = await command('ask', { question });
    expectWithinLimits(data);
    expect(embedOf(data).description).toContain('\\*\\*who\\*\\* signed \\_first\\_?');
  });

  it('refuses a 6,000-character question with a clear ephemeral message', async () => {
    const { data } = await command('ask', { question: 'why'.repeat(2000) });
    expect((data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(data).description).toMatch(/too long: 6,000 characters for a limit of 500/);
  });

  it('refuses an option of the wrong type and an unknown command', async () => {
    const wrongType = await command('ask', { question: 42 });
    expect(embedOf(wrongType.data).description).toMatch(/wrong type/);
    const unknown = await command('frobnicate');
    expect(embedOf(unknown.data).title).toBe('Unknown command');
  });

  it('keeps Discord limits on the longest reply', async () => {
    expectWithinLimits((await command('sources', {}, { locale: 'fr' })).data);
  });
});

describe('resilience', () => {
  it('rate-limits /ask per user with a polite ephemeral message', async () => {
    const userId = freshUser();
    const replies: MessageData[] = [];
    for (let i = 0; i < 6; i++) replies.push((await command('ask', { question: 'who signed first?' }, { userId })).data);
    expect(replies.slice(0, 5).every((r) => ((r.flags ?? 0) & MessageFlags.Ephemeral) === 0)).toBe(true);
    const refused = replies[5] as MessageData;
    expect((refused.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(refused).description).toMatch(/Try again in \d+ s/);
  });

  it('answers a handler failure with a short ephemeral message, logs it, and keeps serving', async () => {
    const spy = vi.spyOn(t.running.bot.pipeline, 'run').mockImplementationOnce(() => {
      throw new Error('index exploded');
    });
    const { data } = await command('ask', { question: 'who signed first?' });
    spy.mockRestore();
    expect((data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(embedOf(data).title).toBe('Something went wrong');
    expect(t.logs.some((l) => l.msg === 'command failed' && JSON.stringify(l.err).includes('index exploded'))).toBe(true);
    expect(embedOf((await command('ask', { question: 'who signed first?' })).data).title).toBe('Signing order in Hanoi');
  });

  it('logs and ignores an interaction that expired before the answer', async () => {
    const payload = t.fake.slashCommand({ name: 'help', userId: freshUser() });
    // Expired before the gateway delivers it: the bot's reply meets 10062.
    t.fake.sendInteraction(payload).expire();
    await t.fake.waitFor(() => t.logs.some((l) => l.interaction === payload.id && /expired/.test(String(l.msg))), 3000, 'the expiry log line');
    expect(embedOf((await command('help')).data).title).toMatch(/help/);
  });

  it('resumes after a dropped socket and answers again', async () => {
    t.fake.dropConnection();
    await t.fake.waitForResume(10_000);
    const { data } = await command('signing');
    expect(embedOf(data).title).toBe('Signing order in Hanoi');
  });

  it('never writes the token to a log line', () => {
    expect(t.rawLogs().length).toBeGreaterThan(0);
    expect(t.rawLogs()).not.toContain(t.fake.token);
  });

  it('only ever calls the Discord endpoints it is expected to', () => {
    expect(t.fake.unmatchedRequests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
});
