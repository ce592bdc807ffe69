// The core every front end shares: the knowledge base, its search index and
// the commands, behind one call that never throws at the user.
import { resolve } from 'node:path';
import { COMMAND_SUMMARIES, COMMANDS, findCommand } from '../commands/index.ts';
import { parseOptions, type AnyCommand, type Choice, type CommandContext } from '../commands/command.ts';
import type { GuildContext } from './guild/context.ts';
import { usageNotice } from '../commands/usage.ts';
import { t } from './answer/i18n.ts';
import type { BriefingService } from './briefing/service.ts';
import type { Config } from './config/env.ts';
import { errorNotice, type Reply } from './answer/reply.ts';
import type { Lang } from './knowledge/schema.ts';
import type { KnowledgeBase } from './knowledge/types.ts';
import { KnowledgeHolder } from './library/holder.ts';
import type { SearchEngine } from './search/engine.ts';
import type { QuestionPipeline } from './search/pipeline.ts';
import { Reading } from './text/reading.ts';

/** How a front end reports a failure it has already turned into a polite reply. */
export type ErrorReporter = (error: unknown, where: { command: string }) => void;

export interface BotOptions {
  knowledgeDir?: string;
  /** The knowledge base and index to serve; opened from knowledgeDir (or the build's snapshot) when absent. */
  knowledge?: KnowledgeHolder;
  /** BRIEFING_TIMEZONE: where "today" is for a briefing preview outside a configured server. */
  defaultTimezone?: string;
  briefing?: BriefingService;
  now?: () => Date;
  random?: () => number;
  onError?: ErrorReporter;
}

export interface Invocation {
  /** The Discord server, when the command came from one. */
  guild?: GuildContext;
  /** The reader's language (Discord locale, --lang): it decides when the words of a question or option do not. */
  lang: Lang;
}

export class Bot {
  /** Read through at every use, never kept: a reload swaps what it holds. */
  readonly knowledge: KnowledgeHolder;
  readonly commands: readonly AnyCommand[] = COMMANDS;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly onError: ErrorReporter;
  private readonly defaultTimezone: string;
  /** Set once the database is open (Discord mode); the console and CLI run without it. */
  briefing: BriefingService | undefined;

  constructor(options: BotOptions = {}) {
    this.knowledge = options.knowledge ?? KnowledgeHolder.open({ knowledgeDir: options.knowledgeDir });
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.onError = options.onError ?? (() => {});
    this.defaultTimezone = options.defaultTimezone ?? 'Asia/Ho_Chi_Minh';
    this.briefing = options.briefing;
  }

  get kb(): KnowledgeBase {
    return this.knowledge.kb;
  }

  get search(): SearchEngine {
    return this.knowledge.search;
  }

  get pipeline(): QuestionPipeline {
    return this.knowledge.current.pipeline;
  }

  /** One command sees one knowledge base and its index from start to end, even if a reload lands meanwhile. */
  context(invocation: Invocation): CommandContext {
    const { kb, search, pipeline } = this.knowledge.current;
    return {
      kb,
      search,
      pipeline,
      lang: invocation.lang,
      commands: COMMAND_SUMMARIES,
      now: this.now,
      random: this.random,
      guild: invocation.guild,
      briefing: this.briefing,
      defaultTimezone: this.defaultTimezone,
    };
  }

  /** Runs a command by name with raw options from any front end; always resolves to a reply. */
  async execute(name: string, raw: Record<string, unknown>, invocation: Invocation): Promise<Reply> {
    // Read only for a reply that is not an answer: telling a question's language costs as much as reading it.
    const lang = () => this.readerLanguage(raw, invocation.lang);
    const command = findCommand(name);
    if (!command) return unknownCommand(name, lang());
    const parsed = parseOptions(command, raw);
    if (!parsed.ok) return usageNotice(command, parsed, lang());
    try {
      return await command.run(parsed.options, this.context(invocation));
    } catch (error) {
      this.onError(error, { command: name });
      const reader = lang();
      return errorNotice(reader, t(reader).internalErrorTitle, t(reader).internalErrorBody);
    }
  }

  /**
   * The language of a reply that is not an answer (a usage error): the one
   * the user's own words are in, as the answer would have been, else theirs.
   */
  readerLanguage(raw: Record<string, unknown>, fallback: Lang): Lang {
    const words = Object.values(raw).filter((value) => typeof value === 'string').join(' ');
    return this.search.detectLanguage(new Reading(words)) ?? fallback;
  }

  /** Autocomplete choices; an empty list on any problem, as Discord expects an answer regardless. */
  autocomplete(name: string, option: string, value: string, invocation: Invocation): Choice[] {
    const command = findCommand(name);
    if (!command?.autocomplete) return [];
    try {
      return command.autocomplete(option, value.slice(0, 200), this.context(invocation));
    } catch (error) {
      this.onError(error, { command: `${name} (autocomplete)` });
      return [];
    }
  }
}

export function unknownCommand(name: string, lang: Lang): Reply {
  const names = COMMANDS.map((c) => `/${c.name}`).join(', ');
  return errorNotice(lang, t(lang).unknownCommandTitle, t(lang).unknownCommandBody(name, names));
}

/** The bot as the console and the CLI run it: no database, failures reported on stderr. */
export function terminalBot(config: Pick<Config, 'BRIEFING_TIMEZONE' | 'KNOWLEDGE_DIR'>): Bot {
  return new Bot({
    knowledgeDir: config.KNOWLEDGE_DIR && resolve(config.KNOWLEDGE_DIR),
    defaultTimezone: config.BRIEFING_TIMEZONE,
    onError: (error) => process.stderr.write(`error: ${(error as Error).message}\n`),
  });
}
