// Knowledge reloaded without a restart: SIGHUP for the Discord bot (the
// compiled bot as `npm start` runs it, counted in /metrics), the same reload
// in process for what users click, and /reload in the console.
import { MessageFlags, type APIEmbed } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHealth, type Health } from '../src/health/start.ts';
import { ServiceStatus } from '../src/health/status.ts';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { fakeEnv, startBotUnderTest, type BotUnderTest } from './support/discord-bot.ts';
import { copyKnowledge, type KnowledgeCopy } from './support/knowledge-copy.ts';
import { spawnStart } from './support/run.ts';

interface MessageData {
  embeds?: APIEmbed[];
  flags?: number;
  choices?: { name: string; value: string }[];
}

/** Puts `marker` at the start of an entry's English text (quoted or not), whatever the text is. */
function markEnglish(copy: KnowledgeCopy, file: string, id: string, marker: string): void {
  copy.edit(file, (text) => text.replace(new RegExp(`(- id: ${id}\\n(?:.*\\n)*?  en: "?)`), `$1${marker} `));
}

const breakTopic = (copy: KnowledgeCopy) => copy.edit('facts.yaml', (text) => text.replace(/topic: [a-z-]+/, 'topic: no-such-topic'));

async function ask(fake: FakeDiscord, question: string): Promise<MessageData> {
  const userId = `${300000000000000000n + BigInt(Math.floor(Math.random() * 1e9))}`;
  const handle = fake.sendInteraction(fake.slashCommand({ name: 'ask', options: { question }, locale: 'en-US', userId }));
  return (await handle.waitForCallback()).data as MessageData;
}

describe('reload in process: what users already hold', () => {
  let copy: KnowledgeCopy;
  let status: ServiceStatus;
  let health: Health;
  let t: BotUnderTest;
  let fact: string;
  let quote: string;
  beforeAll(async () => {
    copy = copyKnowledge();
    const kb = loadKnowledgeBase(copy.dir);
    fact = kb.facts[0]?.id as string;
    quote = kb.quotes[0]?.id as string;
    status = new ServiceStatus();
    health = await startHealth({ host: '127.0.0.1', port: 0, status, entries: () => t?.running.bot.kb.entries.size ?? 0 });
    t = await startBotUnderTest({ env: { KNOWLEDGE_DIR: copy.dir }, start: { status, metrics: health.metrics } });
  });
  afterAll(async () => {
    await t?.close();
    await health?.server.close();
    copy?.remove();
  });

  const metrics = async () => (await fetch(`http://127.0.0.1:${health.server.port}/metrics`)).text();

  it('a valid edit is served at the next interaction; values and buttons of earlier messages resolve, or say the entry expired', async () => {
    expect((await ask(t.fake, `id:${fact}`)).embeds?.[0]?.description).not.toContain('RELOADED');
    markEnglish(copy, 'facts.yaml', fact, 'RELOADED');
    copy.edit('quotes.yaml', (text) => text.replace(`id: ${quote}\n`, `id: ${quote}-renamed\n`));
    // Not before the reload: the bot serves what it loaded.
    expect((await ask(t.fake, `id:${fact}`)).embeds?.[0]?.description).not.toContain('RELOADED');

    expect(t.running.reloadKnowledge()).toMatchObject({ ok: true });
    expect(t.logs.some((line) => line.msg === 'knowledge base reloaded')).toBe(true);
    expect((await ask(t.fake, `id:${fact}`)).embeds?.[0]?.description).toContain('RELOADED');

    // An autocomplete value picked before the reload, for an entry that is gone.
    const gone = await ask(t.fake, `id:${quote}`);
    expect((gone.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(gone.embeds?.[0]?.title).toBe('Entry not found');
    // Buttons of messages posted before the reload: the one still there resolves, the other expired.
    const click = async (customId: string) => ((await t.fake.sendInteraction(t.fake.componentClick({ customId, locale: 'en-US' })).waitForCallback()).data as MessageData).embeds?.[0];
    expect((await click(`passage:en:${fact}`))?.title).not.toBe('Entry not found');
    expect((await click(`passage:en:${quote}`))?.title).toBe('Entry not found');
    // The renamed entry is offered under its new id.
    const handle = t.fake.sendInteraction(t.fake.autocomplete({ name: 'quote', focused: 'query', options: { query: '' }, locale: 'en-US' }));
    const choices = ((await handle.waitForCallback()).data as MessageData).choices ?? [];
    expect(choices.map((c) => c.value)).toContain(`id:${quote}-renamed`);
    expect(await metrics()).toMatch(/^bot_kb_reloads_total\{result="ok"\} 1$/m);
  });

  it('an invalid edit keeps serving the previous knowledge base, logs the problems as kb:check words them, and counts a failed reload', async () => {
    breakTopic(copy);
    const outcome = t.running.reloadKnowledge();
    expect(outcome.ok).toBe(false);
    const logged = t.logs.find((line) => String(line.msg).startsWith('knowledge base not reloaded'));
    expect(logged?.level).toBe(50);
    expect(String(logged?.msg)).toMatch(/The knowledge base has 1 problem:\n {2}- .*facts\.yaml, entry "[a-z0-9-]+", field "topic": unknown topic "no-such-topic"/);
    expect((await ask(t.fake, `id:${fact}`)).embeds?.[0]?.description).toContain('RELOADED');
    expect(await metrics()).toMatch(/^bot_kb_reloads_total\{result="failed"\} 1$/m);
    expect(status.ready).toBe(true);
  });
});

describe('SIGHUP reloads the running bot', () => {
  it('serves a valid edit after SIGHUP, keeps the previous one after an invalid edit, and /metrics counts both', async () => {
    const fake = await startFakeDiscord();
    const copy = copyKnowledge();
    const fact = loadKnowledgeBase(copy.dir).facts[0]?.id as string;
    const bot = spawnStart({ env: fakeEnv(fake, { KNOWLEDGE_DIR: copy.dir, HEALTH_PORT: '0' }) });
    try {
      await bot.waitFor((out) => out.includes('"msg":"ready"'), 15_000, 'ready');
      const port = (JSON.parse(bot.stdout.split('\n').find((line) => line.includes('health server listening')) as string) as { port: number }).port;
      const metrics = async () => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();

      markEnglish(copy, 'facts.yaml', fact, 'AFTER-SIGHUP');
      bot.kill('SIGHUP');
      await bot.waitFor((out) => out.includes('"msg":"knowledge base reloaded"'), 10_000, 'the reload');
      expect((await ask(fake, `id:${fact}`)).embeds?.[0]?.description).toContain('AFTER-SIGHUP');

      breakTopic(copy);
      bot.kill('SIGHUP');
      await bot.waitFor((out) => out.includes('knowledge base not reloaded'), 10_000, 'the failed reload');
      expect(bot.stdout).toMatch(/field \\"topic\\": unknown topic \\"no-such-topic\\"/);
      const answer = await ask(fake, `id:${fact}`);
      expect(answer.embeds?.[0]?.description).toContain('AFTER-SIGHUP');
      const text = await metrics();
      expect(text).toMatch(/^bot_kb_reloads_total\{result="ok"\} 1$/m);
      expect(text).toMatch(/^bot_kb_reloads_total\{result="failed"\} 1$/m);
      bot.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      bot.kill('SIGKILL');
      copy.remove();
      await fake.close();
    }
  });
});

describe('/reload in the console', () => {
  it('reloads, or says why not and keeps the previous knowledge base', async () => {
    const copy = copyKnowledge();
    const fact = loadKnowledgeBase(copy.dir).facts[0]?.id as string;
    const console = spawnStart({ env: { KNOWLEDGE_DIR: copy.dir, DEFAULT_LANGUAGE: 'en' } });
    try {
      await console.waitFor((out) => out.includes('Running locally'), 10_000, 'the console');
      markEnglish(copy, 'facts.yaml', fact, 'CONSOLE-RELOAD');
      console.write('/reload\n');
      await console.waitFor((out) => /Knowledge base reloaded: \d+ entries\./.test(out), 10_000, 'the reload');
      breakTopic(copy);
      console.write('/reload\n');
      await console.waitFor((out) => out.includes('Knowledge base not reloaded'), 10_000, 'the refusal');
      expect(console.stdout).toMatch(/Knowledge base not reloaded: the previous one is still in use\.\nThe knowledge base has 1 problem:\n {2}- .*field "topic": unknown topic "no-such-topic"/);
      console.write(`/ask id:${fact}\n/quit\n`);
      expect(await console.exited).toBe(0);
      expect(console.stdout).toContain('CONSOLE-RELOAD');
    } finally {
      console.kill('SIGKILL');
      copy.remove();
    }
  });
});

