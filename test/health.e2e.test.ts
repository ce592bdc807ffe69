// What hosts probe, through the real HTTP server: /healthz, /readyz as the
// bot starts, serves, reconnects and stops, /metrics in the Prometheus text
// format, and 404 for anything else; and the compiled bot closing it on
// SIGTERM.
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHealth, type Health } from '../src/health/start.ts';
import { ServiceStatus } from '../src/health/status.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { fakeEnv, startBotUnderTest, type BotUnderTest } from './support/discord-bot.ts';
import { spawnStart } from './support/run.ts';

let fake: FakeDiscord;
let status: ServiceStatus;
let health: Health;
let t: BotUnderTest | undefined;
beforeAll(async () => {
  fake = await startFakeDiscord();
  status = new ServiceStatus();
  health = await startHealth({ host: '127.0.0.1', port: 0, status, entries: () => t?.running.bot.kb.entries.size ?? 0 });
});
afterAll(async () => {
  await t?.close();
  await health?.server.close();
  await fake?.close();
});

const url = (path: string) => `http://127.0.0.1:${health.server.port}${path}`;
const get = async (path: string) => {
  const response = await fetch(url(path));
  return { status: response.status, body: await response.text(), type: response.headers.get('content-type') };
};
/** The bot's state changes with gateway events: poll until the probe says so. */
async function until(path: string, code: number): Promise<void> {
  for (let tries = 0; (await get(path)).status !== code; tries++) {
    if (tries === 100) throw new Error(`${path} did not answer ${code} within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('health server', () => {
  it('before the bot is loaded: alive, not ready, and says what it waits for', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, body: 'ok\n' });
    expect(await get('/readyz')).toMatchObject({ status: 503, body: 'not ready: gateway, knowledge base, database\n' });
    expect((await get('/metrics')).body).toMatch(/^bot_gateway_ready 0$/m);
  });

  it('once the gateway is ready and the knowledge base and database are loaded: ready', async () => {
    t = await startBotUnderTest({ fake, start: { status, metrics: health.metrics } });
    expect(await get('/readyz')).toMatchObject({ status: 200, body: 'ready\n' });
  });

  it('serves the Prometheus text format: default process metrics and the bot\'s own', async () => {
    const bot = t as BotUnderTest;
    const admin = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages;
    const send = (payload: Parameters<FakeDiscord['sendInteraction']>[0]) => fake.sendInteraction(payload).waitForCallback();
    await send(fake.slashCommand({ name: 'ask', options: { question: 'who signed first?' }, userId: '400000000000000001' }));
    await send(fake.slashCommand({ name: 'ask', options: { question: 'Who won the 2022 World Cup?' }, userId: '400000000000000002' }));
    await send(fake.autocomplete({ name: 'ask', focused: 'question', options: { question: 'guter' } }));
    await send(fake.componentClick({ customId: 'passage:en:signing-order' }));
    await send(fake.componentClick({ customId: 'mystery:button' }));
    const general = fake.channel('general').id;
    await send(fake.slashCommand({ name: 'briefing', subcommand: 'set', options: { channel: { channel: general }, time: '08:00', timezone: 'UTC' }, memberPermissions: admin }));
    await send(fake.slashCommand({ name: 'briefing', subcommand: 'now', memberPermissions: admin }));

    const metrics = await get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.type).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const line of [
      /^process_cpu_user_seconds_total \d/m,
      /^nodejs_heap_size_used_bytes \d/m,
      /^bot_interactions_total\{command="ask",outcome="answered"\} 1$/m,
      /^bot_interactions_total\{command="ask",outcome="declined"\} 1$/m,
      /^bot_interactions_total\{command="autocomplete:ask",outcome="answered"\} 1$/m,
      /^bot_interactions_total\{command="button:passage",outcome="answered"\} 1$/m,
      /^bot_interactions_total\{command="unknown",outcome="refused"\} 1$/m,
      /^bot_interaction_duration_seconds_bucket\{le="\+Inf",command="ask"\} 2$/m,
      /^bot_interaction_duration_seconds_count\{command="ask"\} 2$/m,
      /^bot_briefings_total\{result="posted"\} 1$/m,
      /^bot_gateway_ready 1$/m,
      new RegExp(`^bot_kb_entries ${bot.running.bot.kb.entries.size}$`, 'm'),
      /^bot_kb_reloads_total\{result="ok"\} 0$/m,
      /^bot_kb_reloads_total\{result="failed"\} 0$/m,
    ]) {
      expect(metrics.body).toMatch(line);
    }
  });

  it('anything else is 404', async () => {
    expect((await get('/')).status).toBe(404);
    expect((await get('/health')).status).toBe(404);
    expect((await get('/metrics/extra')).status).toBe(404);
    expect((await fetch(url('/healthz'), { method: 'POST' })).status).toBe(405);
  });

  it('not ready while the gateway reconnects, ready again once it resumes', async () => {
    fake.holdHello();
    fake.dropConnection();
    await until('/readyz', 503);
    expect((await get('/readyz')).body).toBe('not ready: gateway\n');
    expect((await get('/metrics')).body).toMatch(/^bot_gateway_ready 0$/m);
    expect((await get('/healthz')).status).toBe(200);
    fake.releaseHello();
    await fake.waitForResume(10_000);
    await until('/readyz', 200);
    expect((await get('/metrics')).body).toMatch(/^bot_gateway_ready 1$/m);
  });

  it('not ready once shutting down, while still alive', async () => {
    await t?.close();
    t = undefined;
    expect(await get('/readyz')).toMatchObject({ status: 503, body: expect.stringMatching(/^not ready: shutting down/) });
    expect((await get('/healthz')).status).toBe(200);
  });
});

describe('npm start with HEALTH_PORT', () => {
  it('listens on HEALTH_HOST, is ready once logged in, and closes the server on SIGTERM', async () => {
    const bot = spawnStart({ env: fakeEnv(fake, { HEALTH_PORT: '0' }) });
    try {
      await bot.waitFor((out) => out.includes('"msg":"ready"'), 15_000, 'ready');
      const listening = JSON.parse(bot.stdout.split('\n').find((line) => line.includes('health server listening')) as string) as { host: string; port: number };
      expect(listening.host).toBe('127.0.0.1');
      const probe = (path: string) => fetch(`http://127.0.0.1:${listening.port}${path}`);
      expect((await probe('/healthz')).status).toBe(200);
      expect((await probe('/readyz')).status).toBe(200);
      bot.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      await expect(probe('/healthz')).rejects.toThrow();
    } finally {
      bot.kill('SIGKILL');
    }
  });

  it('without HEALTH_PORT, listens on nothing', async () => {
    const bot = spawnStart({ env: fakeEnv(fake) });
    try {
      await bot.waitFor((out) => out.includes('"msg":"ready"'), 15_000, 'ready');
      expect(bot.stdout).not.toContain('health server listening');
      bot.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      bot.kill('SIGKILL');
    }
  });
});
