// The real bot (discord.js Client, interaction handler, core) started against
// the fake Discord, with its logs captured for assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseConfig, type Config } from '../../src/config/env.ts';
import { startDiscordBot, type DiscordBotOptions, type RunningDiscordBot } from '../../src/discord/start.ts';
import { createLogger } from '../../src/log/logger.ts';
import { FakeDiscord, startFakeDiscord, type FakeDiscordOptions } from '../fake-discord/index.ts';

export interface BotUnderTest {
  fake: FakeDiscord;
  running: RunningDiscordBot;
  config: Config;
  /** Every log line the bot wrote, as parsed JSON. */
  logs: Record<string, unknown>[];
  rawLogs(): string;
  close(): Promise<void>;
}

const tempDirs: string[] = [];
process.once('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A database file of its own for each bot under test, removed when this process exits. */
export function tempDatabasePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bot-db-'));
  tempDirs.push(dir);
  return join(dir, 'bot.sqlite');
}

export function fakeEnv(fake: FakeDiscord, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    DATABASE_PATH: tempDatabasePath(),
    LOG_LEVEL: 'info',
    ...extra,
  };
}

export interface BotUnderTestOptions {
  fake?: FakeDiscordOptions | FakeDiscord;
  env?: Record<string, string>;
  /** The clock the briefing reads. */
  now?: () => Date;
  /** Further start options: status and metrics for health, shorter connection retries. */
  start?: Pick<DiscordBotOptions, 'status' | 'metrics' | 'connectDelaysMs'>;
}

export async function startBotUnderTest(options: BotUnderTestOptions = {}): Promise<BotUnderTest> {
  const fake = options.fake instanceof FakeDiscord ? options.fake : await startFakeDiscord(options.fake);
  const ownsFake = !(options.fake instanceof FakeDiscord);
  const config = parseConfig(fakeEnv(fake, options.env));
  let raw = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw += chunk.toString();
      done();
    },
  });
  const logger = createLogger({ level: 'debug', secrets: [fake.token], destination });
  const running = await startDiscordBot(config, { ...options.start, logger, clientOverrides: fake.clientOptions, now: options.now });
  return {
    fake,
    running,
    config,
    get logs() {
      return raw
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    rawLogs: () => raw,
    async close() {
      await running.stop();
      if (ownsFake) await fake.close();
    },
  };
}
