// `npm run --silent cli -- <command> [text] [--lang fr|en] [--json] [--out file.png]`:
// one command, answered on stdout as text or as one JSON object; --out writes
// the reply's picture. Answers and declines exit 0; usage errors exit 2 with
// one line on stderr.
import { writeFileSync } from 'node:fs';
import { findCommand } from '../../commands/index.ts';
import { t } from '../answer/i18n.ts';
import { replyToJson } from '../answer/json.ts';
import { renderText } from '../answer/render-text.ts';
import { terminalBot } from '../bot.ts';
import { loadConfig } from '../config/env.ts';
import { parseOptionWords } from '../console/parse.ts';
import { KnowledgeBaseError } from '../knowledge/load.ts';
import { USAGE, UsageError, parseCliArgs } from './args.ts';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const args = parseCliArgs(process.argv.slice(2));
  const command = findCommand(args.command);
  if (!command) throw new UsageError(`unknown command "${args.command}"; try: help`);
  for (const flag of Object.keys(args.flags)) {
    if (!command.options.some((o) => o.name === flag)) throw new UsageError(`unknown flag --${flag} for ${command.name}; ${USAGE}`);
  }
  const options = { ...parseOptionWords(command, args.words), ...args.flags };
  const reply = await terminalBot(config).execute(command.name, options, { lang: config.DEFAULT_LANGUAGE, forcedLang: args.lang });
  // Invalid options, or a request the command refused (a date out of range, a server-only action): a usage error here.
  if (reply.kind === 'notice' && reply.level === 'error') throw new UsageError(reply.body.split('\n')[0] as string);
  const picture = reply.kind === 'answer' ? reply.picture : undefined;
  if (args.out !== undefined && !picture) throw new UsageError(`--out: ${command.name} gives no picture to write`);
  if (args.out !== undefined && picture) writeFileSync(args.out, picture.png);
  if (args.json) {
    process.stdout.write(`${JSON.stringify(replyToJson(reply, args.out))}\n`);
    return;
  }
  const s = t(reply.lang);
  const note = picture && (args.out !== undefined ? s.pictureWritten(args.out, picture.width, picture.height) : s.pictureElsewhere(command.name, picture.name));
  process.stdout.write(`${renderText(reply)}\n${note ? `\n${note}\n` : ''}`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) fail(error.message, 2);
  if (error instanceof KnowledgeBaseError) fail(error.message, 1);
  fail(`error: ${(error as Error).message}`, 1);
});
