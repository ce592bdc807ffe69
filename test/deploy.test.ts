import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.ts';
import { commandDefinitions } from '../src/discord/definitions.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { fakeEnv } from './support/discord-bot.ts';
import { runScript } from './support/run.ts';

describe('command definitions', () => {
  const definitions = commandDefinitions(COMMANDS);

  it('keep the public names and respect Discord naming rules, with French and Vietnamese on everything', () => {
    expect(definitions.map((d) => d.name)).toEqual(['ask', 'quote', 'messages', 'signing', 'signatories', 'article', 'timeline', 'fact', 'sources', 'briefing', 'help']);
    for (const definition of definitions) {
      const options = (definition.options ?? []).flatMap((o) => [o, ...('options' in o && o.options ? o.options : [])]);
      const named = [definition, ...options];
      for (const item of named) {
        expect(item.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(item.description.length).toBeGreaterThanOrEqual(1);
        expect(item.description.length).toBeLessThanOrEqual(100);
        // Discord locales fr and vi: lowercase letters (Vietnamese ones precomposed, NFC), digits, - and _.
        for (const locale of ['fr', 'vi'] as const) {
          const name = item.name_localizations?.[locale];
          expect(name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
          expect(name).toBe(name?.normalize('NFC'));
          expect(item.description_localizations?.[locale]?.length ?? 0).toBeGreaterThanOrEqual(1);
          expect(item.description_localizations?.[locale]?.length ?? 101).toBeLessThanOrEqual(100);
        }
      }
    }
    const briefing = definitions.find((d) => d.name === 'briefing');
    expect(briefing?.default_member_permissions).toBe('32');
    expect(briefing?.options?.map((o) => o.name)).toEqual(['set', 'off', 'status', 'preview', 'now']);
    const ask = definitions.find((d) => d.name === 'ask');
    expect(ask?.name_localizations).toEqual({ fr: 'demander', vi: 'hỏi' });
    expect(ask?.description_localizations?.vi).toBe('Đặt câu hỏi về Công ước Hà Nội (câu trả lời có dẫn nguồn)');
    const set = briefing?.options?.find((o) => o.name === 'set');
    const language = set && 'options' in set ? set.options?.find((o) => o.name === 'language') : undefined;
    expect(language && 'choices' in language ? language.choices?.map((c) => [c.value, c.name_localizations?.vi]) : []).toEqual([
      ['fr', 'tiếng Pháp'],
      ['en', 'tiếng Anh'],
      ['vi', 'tiếng Việt'],
    ]);
    expect(ask?.options?.map((o) => [o.name, o.required, 'autocomplete' in o && o.autocomplete])).toEqual([
      ['question', true, true],
      ['private', false, false],
    ]);
  });
});

describe('where the commands can be installed and used', () => {
  const GUILD_INSTALL = 0;
  const USER_INSTALL = 1;
  const IN_GUILD = 0;
  const IN_BOT_DM = 1;
  const IN_PRIVATE_CHANNEL = 2;

  it('offers the public commands to servers and to users, everywhere; /briefing to servers that added the bot, in servers only', () => {
    const placement = Object.fromEntries(commandDefinitions(COMMANDS).map((d) => [d.name, [d.integration_types, d.contexts]]));
    const everywhere = [
      [GUILD_INSTALL, USER_INSTALL],
      [IN_GUILD, IN_BOT_DM, IN_PRIVATE_CHANNEL],
    ];
    expect(placement).toEqual({
      ask: everywhere,
      quote: everywhere,
      messages: everywhere,
      signing: everywhere,
      signatories: everywhere,
      article: everywhere,
      timeline: everywhere,
      fact: everywhere,
      sources: everywhere,
      briefing: [[GUILD_INSTALL], [IN_GUILD]],
      help: everywhere,
    });
  });

  it('leaves them out of a single server’s commands, where Discord does not read them', () => {
    for (const definition of commandDefinitions(COMMANDS, 'guild')) {
      expect(definition).not.toHaveProperty('integration_types');
      expect(definition).not.toHaveProperty('contexts');
    }
  });
});

describe('npm run deploy against the fake Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => fake?.close());

  it('registers every command in the guild with one bulk overwrite, and says so', async () => {
    const guildId = fake.guild().id;
    const run = await runScript('src/discord/deploy.ts', [], { env: fakeEnv(fake, { DISCORD_GUILD_ID: guildId }) });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Registered 11 commands in guild ${guildId}: /ask, /quote, /messages, /signing, /signatories, /article, /timeline, /fact, /sources, /briefing, /help`));
    expect(fake.registeredCommands({ guildId }).map((c) => c.name)).toHaveLength(11);
    expect(fake.registeredCommands()).toHaveLength(0);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(run.stdout + run.stderr).not.toContain(fake.token);
  });

  it('registers globally without a guild, and warns when a guild would see commands twice', async () => {
    const global = await runScript('src/discord/deploy.ts', [], { env: fakeEnv(fake) });
    expect(global.code, global.stderr).toBe(0);
    expect(global.stdout).toMatch(/Registered 11 commands globally/);
    expect(fake.registeredCommands()).toHaveLength(11);
    const registered = (name: string) => fake.registeredCommands().find((c) => c.name === name);
    expect([registered('ask')?.integration_types, registered('ask')?.contexts]).toEqual([[0, 1], [0, 1, 2]]);
    expect([registered('briefing')?.integration_types, registered('briefing')?.contexts]).toEqual([[0], [0]]);

    const guildId = fake.guild().id;
    const again = await runScript('src/discord/deploy.ts', [], { env: fakeEnv(fake, { DISCORD_GUILD_ID: guildId }) });
    expect(again.stderr).toMatch(/also registered globally.*see them twice/);

    const clear = await runScript('src/discord/deploy.ts', ['--clear'], { env: fakeEnv(fake) });
    expect(clear.code).toBe(0);
    expect(fake.registeredCommands()).toHaveLength(0);
  });

  it('stops with one line naming a missing or malformed variable', async () => {
    const missing = await runScript('src/discord/deploy.ts', [], { env: { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl } });
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('Configuration error: DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set');
    const malformed = await runScript('src/discord/deploy.ts', [], { env: fakeEnv(fake, { DISCORD_API_URL: 'not a url' }) });
    expect(malformed.stderr.trim()).toBe("Configuration error: DISCORD_API_URL must be an http(s) URL, got 'not a url'");
  });
});
