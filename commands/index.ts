// The bot's commands, in the order /help lists them.
import { article } from './article.ts';
import { ask } from './ask.ts';
import { isNamed, type AnyCommand, type CommandSummary } from './command.ts';
import { fact } from './fact.ts';
import { help } from './help.ts';
import { messages } from './messages.ts';
import { quote } from './quote.ts';
import { signatories } from './signatories.ts';
import { signing } from './signing.ts';
import { sources } from './sources.ts';
import { briefing } from './briefing.ts';
import { timeline } from './timeline.ts';

export const COMMANDS: readonly AnyCommand[] = [ask, quote, messages, signing, signatories, article, timeline, fact, sources, briefing, help];

export const COMMAND_SUMMARIES: readonly CommandSummary[] = COMMANDS.map(({ name, description, example }) => ({ name, description, example }));

/** A command by its name in any language (the console accepts each name Discord shows). */
export function findCommand(name: string): AnyCommand | undefined {
  return COMMANDS.find((command) => isNamed(command, name));
}
