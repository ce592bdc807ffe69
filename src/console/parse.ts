// Reads a command line typed as on Discord — "/ask qui a signé ?",
// "/fact topic:adoption", "/ask question:who signed first private:true" —
// into a command name and raw options for the command's own validation.
import { isNamed, type AnyCommand, type OptionSpec } from '../../commands/command.ts';

export interface TypedCommand {
  name: string;
  options: Record<string, unknown>;
}

function convert(spec: OptionSpec, text: string): unknown {
  if (spec.type === 'boolean') {
    const lower = text.toLowerCase();
    if (['true', 'yes', 'oui', 'vrai', '1'].includes(lower)) return true;
    if (['false', 'no', 'non', 'faux', '0'].includes(lower)) return false;
    return text;
  }
  if (spec.type === 'integer') return /^-?\d+$/.test(text) ? Number(text) : text;
  return text;
}

/**
 * Splits `words` into the command's options. A word `name:value` starts a
 * named option only when `name` is one of the command's options, so a colon
 * inside a question ("article 64: …") stays part of the question.
 */
export function parseOptionWords(command: AnyCommand, allWords: readonly string[]): Record<string, unknown> {
  const collected = new Map<string, string[]>();
  let words = allWords;
  if (command.subcommands) {
    // "/briefing preview date:…": the first word names the subcommand, else the default one.
    const first = words[0]?.toLowerCase();
    const named = first === undefined ? undefined : command.subcommands.find((sub) => isNamed(sub, first));
    if (named) words = words.slice(1);
    const subcommand = named?.name ?? command.defaultSubcommand;
    if (subcommand) collected.set('subcommand', [subcommand]);
  }
  const restOption = command.options.find((o) => o.rest);
  let current: string | undefined = restOption?.name;
  for (const word of words) {
    const named = /^([\p{L}_-]+):(.*)$/u.exec(word);
    const spec = named && command.options.find((o) => isNamed(o, named[1] as string));
    if (named && spec) {
      current = spec.name;
      collected.set(current, named[2] ? [named[2]] : []);
      continue;
    }
    // Words after a command that takes no text (/messages please) are ignored, as harmless.
    if (current !== undefined) collected.set(current, [...(collected.get(current) ?? []), word]);
  }
  const options: Record<string, unknown> = {};
  for (const [name, parts] of collected) {
    const spec = command.options.find((o) => o.name === name);
    if (spec) options[name] = convert(spec, parts.join(' '));
  }
  return options;
}

/** "/ask who signed?" → { name: 'ask', words: ['who', 'signed?'] }; plain text is a question for /ask. */
export function splitCommandLine(line: string): { name: string; words: string[] } {
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/u).filter(Boolean);
  if (!trimmed.startsWith('/')) return { name: 'ask', words };
  const [head = '/', ...rest] = words;
  return { name: head.slice(1).toLowerCase(), words: rest };
}
