// `npm run --silent cli -- <command> [text] [--lang fr|en|vi] [--json] [--out file.png]`:
// one command, answered on stdout as text or as one JSON object; --out writes
// the reply's picture. Answers and declines exit 0; usage errors exit 2 with
// one line on stderr, in the language the reply would have been in.
import { writeFileSync } from 'node:fs';
import { findCommand } from '../../commands/index.ts';
import { t } from '../answer/i18n.ts';
import { replyToJson } from '../answer/json.ts';
import { renderText } from '../answer/render-text.ts';
import { terminalBot } from '../bot.ts';
import { loadConfig } from '../config/env.ts';
import { parseOptionWords } from '../console/parse.ts';
import { KnowledgeBaseError } from '../knowledge/load.ts';
import { parseCliArgs, type CliProblem } from './args.ts';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const args = parseCliArgs(process.argv.slice(2));
  const bot = terminalBot(config);
  const reader = args.lang ?? config.DEFAULT_LANGUAGE;
  const s = t(bot.readerLanguage({ words: args.words.join(' ') }, reader)).cli;
  const usage = (problem: CliProblem): string => {
    switch (problem.kind) {
      case 'bad-lang':
        return s.badLang(problem.value);
      case 'needs-value':
        return `${s.needsValue(problem.flag)}; ${s.usage}`;
      case 'missing-command':
        return `${s.missingCommand}; ${s.usage}`;
    }
  };
  if (args.problem) fail(usage(args.problem), 2);
  const command = findCommand(args.command);
  if (!command) fail(s.unknownCommand(args.command), 2);
  const unknownFlag = Object.keys(args.flags).find((flag) => !command.options.some((o) => o.name === flag));
  if (unknownFlag !== undefined) fail(`${s.unknownFlag(unknownFlag, command.name)}; ${s.usage}`, 2);
  const options = { ...parseOptionWords(command, args.words), ...args.flags };
  const reply = await bot.execute(command.name, options, { lang: reader });
  // Invalid options, or a request the command refused (a date out of range, a server-only action): a usage error here.
  if (reply.kind === 'notice' && reply.level === 'error') fail(reply.body.split('\n')[0] as string, 2);
  const picture = reply.kind === 'answer' ? reply.picture : undefined;
  if (args.out !== undefined && !picture) fail(t(reply.lang).cli.noPicture(command.name), 2);
  if (args.out !== undefined && picture) writeFileSync(args.out, picture.png);
  if (args.json) {
    process.stdout.write(`${JSON.stringify(replyToJson(reply, args.out))}\n`);
    return;
  }
  const r = t(reply.lang);
  const note = picture && (args.out !== undefined ? r.pictureWritten(args.out, picture.width, picture.height) : r.pictureElsewhere(command.name, picture.name));
  process.stdout.write(`${renderText(reply)}\n${note ? `\n${note}\n` : ''}`);
}

main().catch((error: unknown) => {
  if (error instanceof KnowledgeBaseError) fail(error.message, 1);
  fail(`error: ${(error as Error).message}`, 1);
});
