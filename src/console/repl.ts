// The local console: commands typed as on Discord, answered with the same
// handlers, rendered as text; /reload reads knowledge/ again, as SIGHUP does
// for the Discord bot, and `/lang fr|en|vi` sets the reader's language (what the
// Discord locale is on Discord). Ends on /quit or end of input.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { findCommand } from '../../commands/index.ts';
import { t } from '../answer/i18n.ts';
import { renderText } from '../answer/render-text.ts';
import type { Bot } from '../bot.ts';
import { Lang } from '../knowledge/schema.ts';
import { parseOptionWords, splitCommandLine } from './parse.ts';

export interface ConsoleOptions {
  bot: Bot;
  input: Readable;
  output: Writable;
  lang: Lang;
  /** Show a prompt; only useful when a person is typing. */
  prompt?: boolean;
}

const QUIT = new Set(['/quit', '/exit', '/q']);
const RELOAD = new Set(['/reload', '/recharger']);

const RELOADED = {
  fr: (entries: number) => `Base de connaissances rechargée : ${entries} entrées.`,
  en: (entries: number) => `Knowledge base reloaded: ${entries} entries.`,
  vi: (entries: number) => `Đã tải lại cơ sở tri thức: ${entries} mục.`,
} as const satisfies Record<Lang, unknown>;
const NOT_RELOADED = {
  fr: 'Base de connaissances non rechargée : la précédente reste en service.',
  en: 'Knowledge base not reloaded: the previous one is still in use.',
  vi: 'Chưa tải lại cơ sở tri thức: bản trước vẫn đang được dùng.',
} as const satisfies Record<Lang, unknown>;

function reload(bot: Bot, lang: Lang): string {
  const outcome = bot.knowledge.reload();
  return outcome.ok ? RELOADED[lang](outcome.entries) : `${NOT_RELOADED[lang]}
${outcome.message}`;
}
const LANG_COMMAND = /^\/(?:lang|langue)(?:\s+(\S*))?\s*$/i;

export async function runConsole({ bot, input, output, lang: startLang, prompt = false }: ConsoleOptions): Promise<void> {
  let lang = startLang;
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const ask = () => prompt && output.write('> ');
  ask();
  for await (const line of lines) {
    const trimmed = line.trim();
    if (QUIT.has(trimmed.toLowerCase())) break;
    const langCommand = LANG_COMMAND.exec(trimmed);
    if (RELOAD.has(trimmed.toLowerCase())) {
      output.write(`\n${reload(bot, lang)}\n\n`);
    } else if (langCommand) {
      const chosen = Lang.safeParse(langCommand[1]?.toLowerCase());
      if (chosen.success) lang = chosen.data;
      output.write(`\n${chosen.success ? t(lang).consoleLang(lang) : t(lang).consoleBadLang}\n\n`);
    } else if (trimmed) {
      const { name, words } = splitCommandLine(trimmed);
      const command = findCommand(name);
      const options = command ? parseOptionWords(command, words) : {};
      const reply = await bot.execute(name, options, { lang });
      output.write(`\n${renderText(reply)}\n\n`);
      // A terminal cannot show a picture: say where it can be seen or saved.
      if (reply.kind === 'answer' && reply.picture) output.write(`${t(reply.lang).pictureElsewhere(command?.name ?? name, reply.picture.name)}\n\n`);
    }
    ask();
  }
  lines.close();
}
