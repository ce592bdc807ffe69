// The message every front end shows when a command's options are invalid.
import { t } from '../src/answer/i18n.ts';
import { errorNotice, type Notice } from '../src/answer/reply.ts';
import type { Lang } from '../src/knowledge/schema.ts';
import type { AnyCommand, OptionError } from './command.ts';

export function usageNotice(command: AnyCommand, error: OptionError, lang: Lang): Notice {
  const s = t(lang);
  const problem = s.optionProblem[error.problem](error.option, error.length, error.limit);
  return errorNotice(lang, s.usageTitle(command.name), `${problem}\n${s.usageExample} \`${command.example[lang]}\``);
}
