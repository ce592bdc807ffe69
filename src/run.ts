// What `npm start` runs once the build is current: the Discord bot when
// DISCORD_TOKEN is set, otherwise the local console. Only what the chosen
// path needs is loaded. A problem the operator can fix is one line on
// stderr and exit status 1; SIGINT/SIGTERM stop cleanly with status 0;
// SIGHUP reloads the knowledge base.
import { loadConfig, type Config } from './config/env.ts';
import type { Lang } from './knowledge/schema.ts';
import { OperatorError } from './errors.ts';

async function runDiscord(config: Config & { DISCORD_TOKEN: string }): Promise<void> {
  const [{ createLogger }, { ServiceStatus }, { startDiscordBot }] = await Promise.all([
    import('./log/logger.ts'),
    import('./health/status.ts'),
    import('./discord/start.ts'),
  ]);
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  const status = new ServiceStatus();
  let running: Awaited<ReturnType<typeof startDiscordBot>> | undefined;

  const health =
    config.HEALTH_PORT === undefined
      ? undefined
      : await (await import('./health/start.ts')).startHealth({
          host: config.HEALTH_HOST,
          port: config.HEALTH_PORT,
          status,
          entries: () => running?.bot.kb.entries.size ?? 0,
        });
  if (health) logger.info({ host: config.HEALTH_HOST, port: health.server.port }, 'health server listening (/healthz, /readyz, /metrics)');

  const stopping = new AbortController();
  const stopped = new Promise<void>((resolve) => {
    const shutdown = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'shutting down');
      status.shuttingDown = true;
      stopping.abort(new Error(`stopped by ${signal}`));
      void (running?.stop() ?? Promise.resolve()).then(() => health?.server.close()).then(() => resolve());
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  process.on('SIGHUP', () => {
    if (running) running.reloadKnowledge();
    else logger.warn('SIGHUP before the bot was ready: the knowledge base it is loading is already the current one');
  });

  try {
    running = await startDiscordBot(config, { logger, status, metrics: health?.metrics, signal: stopping.signal });
  } catch (error) {
    if (!stopping.signal.aborted) {
      await health?.server.close();
      throw error;
    }
  }
  await stopped;
}

const LOCAL_MODE: Record<Lang, string> = {
  fr: 'Mode local (DISCORD_TOKEN absent) : tapez /help, une question, /lang en ou /quit. Pour Discord, renseignez DISCORD_TOKEN et DISCORD_APPLICATION_ID dans .env (voir README).',
  en: 'Running locally (no DISCORD_TOKEN set): type /help, a question, /lang fr or /quit. To connect to Discord, set DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see README).',
  vi: 'Chạy cục bộ (chưa đặt DISCORD_TOKEN): gõ /help, một câu hỏi, /lang en hoặc /quit. Để kết nối Discord, hãy đặt DISCORD_TOKEN và DISCORD_APPLICATION_ID trong .env (xem README).',
};

async function runConsole(config: Config): Promise<void> {
  const [{ terminalBot }, repl, { readLangFlag }, { t }] = await Promise.all([
    import('./bot.ts'),
    import('./console/repl.ts'),
    import('./cli/args.ts'),
    import('./answer/i18n.ts'),
  ]);
  // `npm start -- --lang en`: the console's reader language, as the locale is on Discord.
  const flag = readLangFlag(process.argv.slice(2));
  if (flag.problem) {
    process.stderr.write(`${t(config.DEFAULT_LANGUAGE).cli.badLang(flag.problem.value)}\n`);
    process.exit(2);
  }
  const lang = flag.lang ?? config.DEFAULT_LANGUAGE;
  const bot = terminalBot(config);
  process.stdout.write(`${LOCAL_MODE[lang]}\n`);
  await repl.runConsole({ bot, input: process.stdin, output: process.stdout, lang, prompt: process.stdin.isTTY === true });
}

async function main(): Promise<void> {
  const config = loadConfig();
  const token = config.DISCORD_TOKEN;
  if (token) await runDiscord({ ...config, DISCORD_TOKEN: token });
  else await runConsole(config);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof OperatorError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  },
);
