import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { fakeEnv } from './support/discord-bot.ts';
import { ROOT, cleanEnv, runStart, startArgs } from './support/run.ts';

describe('npm start with DISCORD_TOKEN', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => fake?.close());

  it('logs in, answers, and on SIGTERM stops taking interactions and exits 0', async () => {
    const child = spawn(process.execPath, startArgs(), { cwd: ROOT, env: cleanEnv(fakeEnv(fake)) });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

    await fake.waitFor(() => stdout.includes('"msg":"ready"'), 15_000, 'the bot to log ready');
    // The build wrote the knowledge snapshot; an unchanged knowledge/ starts from it, not from the YAML.
    expect(stdout).toMatch(/"knowledge":"snapshot".*"msg":"ready"/);
    const handle = fake.sendInteraction(fake.slashCommand({ name: 'messages', locale: 'fr' }));
    const callback = await handle.waitForCallback();
    expect(JSON.stringify(callback.data)).toContain('Les trois messages du président Luong Cuong');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/"msg":"shutting down"/);
    expect(stdout).not.toContain(fake.token);
  });

  it('refuses to start on a malformed variable, naming it in one line', async () => {
    const run = await runStart({ env: fakeEnv(fake, { DISCORD_APPLICATION_ID: 'abc' }) });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe("Configuration error: DISCORD_APPLICATION_ID must be a Discord id (17–20 digits), got 'abc'");
  });
});
