// When something outside the bot is wrong — the token, the network, Discord
// itself, the database's folder, the configuration — the bot says so in
// words an operator can act on, never with a stack trace: the compiled bot
// as `npm start` runs it, against the fake Discord.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_REJECTED } from '../src/discord/connect.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { fakeEnv, startBotUnderTest } from './support/discord-bot.ts';
import { ROOT, runStart, spawnStart } from './support/run.ts';

/** A stack trace, printed or inside a JSON log line. */
const STACK_LINE = /\n\s+at |"stack":/;

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => fake?.close());

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Discord says no to the token', () => {
  it('a 401 from REST: one line naming DISCORD_TOKEN and what to do, exit 1, within 10 s', async () => {
    const other = fake.token.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'));
    const bot = spawnStart({ env: fakeEnv(fake, { DISCORD_TOKEN: other }) });
    const code = await Promise.race([bot.exited, new Promise<'still running'>((resolve) => setTimeout(resolve, 10_000, 'still running'))]);
    if (code === 'still running') bot.kill('SIGKILL');
    expect(code).toBe(1);
    expect(bot.stderr.trim()).toBe(TOKEN_REJECTED);
    expect(bot.stderr).toContain('DISCORD_TOKEN');
    expect(`${bot.stdout}${bot.stderr}`).not.toMatch(STACK_LINE);
    expect(`${bot.stdout}${bot.stderr}`).not.toContain(other);
  });

  it('a gateway close 4004: the same line, exit 1, within 10 s', async () => {
    fake.failNextIdentify(4004);
    const bot = spawnStart({ env: fakeEnv(fake) });
    const code = await Promise.race([bot.exited, new Promise<'still running'>((resolve) => setTimeout(resolve, 10_000, 'still running'))]);
    if (code === 'still running') bot.kill('SIGKILL');
    expect(code).toBe(1);
    expect(bot.stderr.trim()).toBe(TOKEN_REJECTED);
    expect(`${bot.stdout}${bot.stderr}`).not.toMatch(STACK_LINE);
  });
});

describe('Discord unreachable or failing at start', () => {
  it('logs one line per attempt, retries with backoff, and connects once Discord is there', async () => {
    const port = await freePort();
    const token = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfakeA.abcdefghijklmnopqrstuvwxyz0123456789ab';
    const bot = spawnStart({
      env: fakeEnv(fake, { DISCORD_TOKEN: token, DISCORD_API_URL: `http://127.0.0.1:${port}/api` }),
    });
    let late: FakeDiscord | undefined;
    try {
      await bot.waitFor((out) => out.includes('cannot connect to Discord (attempt 2)'), 15_000, 'a second attempt');
      const attempts = bot.stdout.split('\n').filter((line) => line.includes('cannot connect to Discord'));
      expect(attempts).toHaveLength(2);
      const first = JSON.parse(attempts[0] as string) as Record<string, unknown>;
      expect(first).toMatchObject({ level: 40, attempt: 1, retryInSeconds: 1 });
      expect(String(first.reason)).toMatch(/ECONNREFUSED|fetch failed/);
      expect(JSON.parse(attempts[1] as string)).toMatchObject({ attempt: 2, retryInSeconds: 2 });

      late = await startFakeDiscord({ port, token });
      await bot.waitFor((out) => out.includes('"msg":"ready"'), 15_000, 'ready once Discord answers');
      bot.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(`${bot.stdout}${bot.stderr}`).not.toMatch(STACK_LINE);
      expect(bot.stderr).toBe('');
    } finally {
      bot.kill('SIGKILL');
      await late?.close();
    }
  });

  it('5xx from Discord: retried, logged per attempt without a stack, then ready', async () => {
    const failing = await startFakeDiscord();
    // discord.js retries a 5xx three times itself: eight failures make two of the bot's attempts fail.
    failing.failNext({ method: 'GET', path: '/gateway/bot', status: 502, times: 8 });
    const bot = await startBotUnderTest({ fake: failing, start: { connectDelaysMs: [50, 100] } });
    try {
      const attempts = bot.logs.filter((line) => String(line.msg).startsWith('cannot connect to Discord'));
      expect(attempts.map((line) => line.reason)).toEqual(['Discord answered 502', 'Discord answered 502']);
      expect(attempts.every((line) => line.err === undefined && line.stack === undefined)).toBe(true);
      expect(bot.logs.some((line) => line.msg === 'ready')).toBe(true);
    } finally {
      await bot.close();
    }
  });
});

describe('the database folder is not writable', () => {
  const root = process.getuid?.() === 0;
  // Root writes anywhere: the bot then runs as "nobody", if that user can read the project.
  const asNobody = root && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(join(ROOT, 'dist/src/main.js'))})`], { uid: 65534, gid: 65534 }).status === 0;

  it.skipIf(root && !asNobody)('says which folder, that it is not writable, and what to do — not "restore it from a backup"', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bot-readonly-'));
    chmodSync(folder, 0o555);
    try {
      const run = await runStart({ env: fakeEnv(fake, { DATABASE_PATH: join(folder, 'bot.sqlite') }), ...(root ? { uid: 65534, gid: 65534 } : {}) });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toMatch(
        new RegExp(`^The folder ${folder} of the database \\(DATABASE_PATH\\) is not writable by the bot's user \\(user id \\d+\\): give that user write access to it, or set DATABASE_PATH to a file in a writable folder\\.$`),
      );
      expect(run.stderr).not.toMatch(/backup/);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_LINE);
    } finally {
      chmodSync(folder, 0o755);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('configuration errors in plain words', () => {
  it('names the variable, what it must be and the value it got', async () => {
    const run = await runStart({ env: fakeEnv(fake, { BRIEFING_CATCHUP_HOURS: 'x' }) });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe("Configuration error: BRIEFING_CATCHUP_HOURS must be a number of hours from 0 to 24, got 'x'");
    const level = await runStart({ env: fakeEnv(fake, { LOG_LEVEL: 'verbose' }) });
    expect(level.stderr.trim()).toBe("Configuration error: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got 'verbose'");
    const port = await runStart({ env: fakeEnv(fake, { HEALTH_PORT: 'eighty' }) });
    expect(port.stderr.trim()).toBe("Configuration error: HEALTH_PORT must be a port number from 1 to 65535 (or 0 for any free port), got 'eighty'");
  });

  it('never echoes a token, even a malformed one', async () => {
    const run = await runStart({ env: fakeEnv(fake, { DISCORD_TOKEN: 'my-secret-token-value' }) });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Configuration error: DISCORD_TOKEN does not look like a bot token/);
    expect(run.stderr).not.toContain('my-secret-token-value');
  });
});
