// `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the local console.
import { terminalBot } from './bot.ts';
import { ConfigError, loadConfig } from './config/env.ts';
import { runConsole } from './console/repl.ts';
import { KnowledgeBaseError } from './knowledge/load.ts';
import { StoreError } from './store/errors.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.DISCORD_TOKEN) {
    const { startDiscordBot } = await import('./discord/start.ts');
    const running = await startDiscordBot(config);
    await new Promise<void>((resolve) => {
      const shutdown = (signal: NodeJS.Signals) => {
        running.logger.info({ signal }, 'shutting down');
        void running.stop().then(resolve);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
    return;
  }
  const bot = terminalBot(config);
  process.stdout.write(
    config.DEFAULT_LANGUAGE === 'fr'
      ? 'Mode local (DISCORD_TOKEN absent) : tapez /help, une question ou /quit. Pour Discord, renseignez DISCORD_TOKEN et DISCORD_APPLICATION_ID dans .env (voir README).\n'
      : 'Running locally (no DISCORD_TOKEN set): type /help, a question, or /quit. To connect to Discord, set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see README).\n',
  );
  await runConsole({ bot, input: process.stdin, output: process.stdout, lang: config.DEFAULT_LANGUAGE, prompt: process.stdin.isTTY === true });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof KnowledgeBaseError || error instanceof StoreError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  },
);
