// Parses `cli <command> [text…] [--lang fr|en] [--json] [--out file.png]`.
import { z } from 'zod';
import type { Lang } from '../knowledge/schema.ts';

export interface CliArgs {
  command: string;
  words: string[];
  /** `--name value` pairs other than --lang, --json and --out: options of the command (e.g. --date). */
  flags: Record<string, string>;
  lang?: Lang;
  json: boolean;
  /** Where to write the reply's picture. */
  out?: string;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = 'usage: npm run --silent cli -- <command> [text] [--<option> value] [--lang fr|en] [--json] [--out file.png]';

const LangFlag = z.enum(['fr', 'en']);

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const words: string[] = [];
  const flags: Record<string, string> = {};
  let lang: Lang | undefined;
  let json = false;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      const parsed = LangFlag.safeParse(value);
      if (!parsed.success) throw new UsageError(`--lang must be fr or en (got ${value === undefined ? 'nothing' : JSON.stringify(value)})`);
      lang = parsed.data;
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s);
      const value = inline ?? argv[++i];
      if (!name || value === undefined) throw new UsageError(`${arg} needs a value; ${USAGE}`);
      if (name === 'out') out = value;
      else flags[name] = value;
    } else words.push(arg);
  }
  const [command, ...rest] = words;
  if (!command) throw new UsageError(`missing command; ${USAGE}`);
  return { command: command.replace(/^\//, '').toLowerCase(), words: rest.flatMap((w) => w.split(/\s+/u)).filter(Boolean), flags, lang, json, out };
}
