// Parses `cli <command> [text…] [--lang fr|en|vi] [--json] [--out file.png]`.
// Problems are returned, not thrown, so main can word them in the reader's language.
import { Lang } from '../knowledge/schema.ts';

export type CliProblem =
  | { kind: 'bad-lang'; value: string | undefined }
  | { kind: 'needs-value'; flag: string }
  | { kind: 'missing-command' };

export interface CliArgs {
  command: string;
  words: string[];
  /** `--name value` pairs other than --lang, --json and --out: options of the command (e.g. --date). */
  flags: Record<string, string>;
  /** The reader's language, as the Discord locale is on Discord. */
  lang?: Lang;
  json: boolean;
  /** Where to write the reply's picture. */
  out?: string;
  /** The first problem found, if any. */
  problem?: CliProblem;
}

/** `--lang x` or `--lang=x` at argv[i]: its value and how many arguments it took; undefined for any other argument. */
function langArg(argv: readonly string[], i: number): { value: string | undefined; used: number } | undefined {
  const arg = argv[i] as string;
  if (arg === '--lang') return { value: argv[i + 1], used: 2 };
  if (arg.startsWith('--lang=')) return { value: arg.slice('--lang='.length), used: 1 };
  return undefined;
}

/** The reader's language a `--lang` flag anywhere in argv sets (`npm start -- --lang en`). */
export function readLangFlag(argv: readonly string[]): { lang?: Lang; problem?: Extract<CliProblem, { kind: 'bad-lang' }> } {
  for (let i = 0; i < argv.length; i++) {
    const flag = langArg(argv, i);
    if (!flag) continue;
    const parsed = Lang.safeParse(flag.value);
    return parsed.success ? { lang: parsed.data } : { problem: { kind: 'bad-lang', value: flag.value } };
  }
  return {};
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const words: string[] = [];
  const flags: Record<string, string> = {};
  let lang: Lang | undefined;
  let json = false;
  let out: string | undefined;
  let problem: CliProblem | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const flag = langArg(argv, i);
    if (arg === '--json') json = true;
    else if (flag) {
      i += flag.used - 1;
      const parsed = Lang.safeParse(flag.value);
      if (parsed.success) lang = parsed.data;
      else problem ??= { kind: 'bad-lang', value: flag.value };
    } else if (arg === '--') continue;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s);
      const value = inline ?? argv[++i];
      if (!name || value === undefined) problem ??= { kind: 'needs-value', flag: arg };
      else if (name === 'out') out = value;
      else flags[name] = value;
    } else words.push(arg);
  }
  const [command = '', ...rest] = words;
  if (!command) problem ??= { kind: 'missing-command' };
  return {
    command: command.replace(/^\//, '').toLowerCase(),
    words: rest.flatMap((w) => w.split(/\s+/u)).filter(Boolean),
    flags,
    lang,
    json,
    ...(out !== undefined ? { out } : {}),
    ...(problem ? { problem } : {}),
  };
}
