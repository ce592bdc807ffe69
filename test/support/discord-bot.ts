// The real bot (discord.js Client, interaction handler, core) started against
// the fake Discord, with its logs captured for assertions.
import { Writable } from 'node:stream';
import { parseConfig, type Config } from '../../src/config/env.ts';
import { startDiscordBot, type RunningDiscordBot } from '../../src/discord/start.ts';
import { createLogger } from '../../src/log/logger.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../fake-discord/index.ts';

export interface BotUnderTest {
  fake: FakeDiscord;
  running: RunningDiscordBot;
  config: Config;
  /** Every log line the bot wrote, as parsed JSON. */
  logs: Record<string, unknown>[];
  rawLogs(): string;
  close(): Promise<void>;
}

export function fakeEnv(fake: FakeDiscord, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: 'info',
    ...extra,
  };
}

export async function startBotUnderTest(options: FakeDiscordOptions = {}, env: Record<string, string> = {}): Promise<BotUnderTest> {
  const fake = await startFakeDiscord(options);
  const config = parseConfig(fakeEnv(fake, env));
  let raw = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw += chunk.toString();
      done();
    },
  });
  const logger = createLogger({ level: 'debug', secrets: [fake.token], destination });
  const running = await startDiscordBot(config, { logger, clientOverrides: fake.clientOptions });
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
      await fake.close();
    },
  };
}
