// The platform-neutral command contract. A command declares its options once;
// the same declaration yields the Discord definition, the console/CLI parser
// and the validated, typed options its handler receives.
import { z } from 'zod';
import type { Localized, Lang } from '../src/knowledge/schema.ts';
import type { Entry, EntryKind, KnowledgeBase } from '../src/knowledge/types.ts';
import type { SearchEngine } from '../src/search/engine.ts';
import type { QuestionPipeline } from '../src/search/pipeline.ts';
import { t } from '../src/answer/i18n.ts';
import { errorNotice, type Reply } from '../src/answer/reply.ts';
import type { BriefingService } from '../src/briefing/service.ts';
import type { GuildContext } from '../src/guild/context.ts';

export type OptionType = 'string' | 'boolean' | 'integer' | 'channel';

/**
 * A command's, subcommand's or option's name in each language besides
 * English (its base name): what Discord shows readers in that language
 * (name_localizations), also accepted by the console.
 */
export type LocalNames = Readonly<Record<Exclude<Lang, 'en'>, string>>;

export interface OptionSpec {
  readonly name: string;
  readonly localNames: LocalNames;
  readonly type: OptionType;
  readonly description: Localized;
  readonly required?: boolean;
  readonly autocomplete?: boolean;
  readonly maxLength?: number;
  readonly choices?: readonly { readonly value: string; readonly name: Localized }[];
  /** The option the console and CLI fill from the text typed after the command name. */
  readonly rest?: boolean;
}

/** A channel option's value is the channel id. */
type ValueOf<T extends OptionType> = T extends 'string' | 'channel' ? string : T extends 'boolean' ? boolean : number;

export type OptionsOf<S extends readonly OptionSpec[]> = {
  [O in S[number] as O['name']]: O extends { required: true } ? ValueOf<O['type']> : ValueOf<O['type']> | undefined;
};

export interface Choice {
  name: string;
  value: string;
}

/** Names of commands and what they do, for /help. */
export interface CommandSummary {
  name: string;
  description: Localized;
  example: Localized;
}

export interface CommandContext {
  readonly kb: KnowledgeBase;
  readonly search: SearchEngine;
  /** What /ask does with a question before and during the search. */
  readonly pipeline: QuestionPipeline;
  /** The reader's language, when a question's words do not tell: the Discord locale, the console's or CLI's --lang. */
  readonly lang: Lang;
  readonly commands: readonly CommandSummary[];
  readonly now: () => Date;
  readonly random: () => number;
  readonly guild?: GuildContext;
  /** Present when the bot runs with its database (on Discord). */
  readonly briefing?: BriefingService;
  /** The time zone a briefing's "today" is read in when a server has chosen none (BRIEFING_TIMEZONE). */
  readonly defaultTimezone: string;
}

/** A subcommand groups some of its command's options (Discord shows them as one command each). */
export interface SubcommandSpec {
  readonly name: string;
  readonly localNames: LocalNames;
  readonly description: Localized;
  /** Names of the command's options this subcommand takes. */
  readonly options: readonly string[];
  /** Those of them it cannot do without (the handler checks them too). */
  readonly required?: readonly string[];
}

export interface Command<S extends readonly OptionSpec[] = readonly OptionSpec[]> {
  readonly name: string;
  readonly localNames: LocalNames;
  readonly description: Localized;
  readonly example: Localized;
  readonly options: S;
  /** When set, the option `subcommand` says which one was used. */
  readonly subcommands?: readonly SubcommandSpec[];
  /** The subcommand the console and CLI use when none is typed. */
  readonly defaultSubcommand?: string;
  /**
   * A server's settings: hidden from members without Manage Server (checked
   * again by the handler), offered only in servers that added the bot.
   */
  readonly adminOnly?: boolean;
  /** Replies only the user sees: settings and previews, not channel content. */
  readonly ephemeral?: boolean;
  run(options: OptionsOf<S>, ctx: CommandContext): Reply | Promise<Reply>;
  /** Choices for an option with `autocomplete: true`; answered from memory. */
  autocomplete?(option: string, value: string, ctx: CommandContext): Choice[];
}

/** Whether a typed word names this command, subcommand or option, in any language, accents or not ("hoi" for "hỏi"). */
export function isNamed(named: { readonly name: string; readonly localNames: LocalNames }, word: string): boolean {
  const key = foldName(word);
  return [named.name, ...Object.values(named.localNames)].some((name) => foldName(name) === key);
}

const foldName = (name: string) => name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').toLowerCase();

/** Declares a command; `const` keeps option names literal so handlers get typed options. */
export function defineCommand<const S extends readonly OptionSpec[]>(command: Command<S>): Command<S> {
  return command;
}

/** Any command, for registries and front ends that only pass options through. */
export type AnyCommand = Command<readonly OptionSpec[]>;

export const MAX_TEXT_OPTION_LENGTH = 500;

// Control characters never mean anything in a question; they become spaces.
const text = () => z.string().transform((s) => s.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ').trim());

function optionSchema(spec: OptionSpec): z.ZodType {
  switch (spec.type) {
    case 'string': {
      if (spec.choices) {
        const values = spec.choices.map((c) => c.value);
        return text().refine((v) => values.includes(v));
      }
      const schema = z.string().max(spec.maxLength ?? MAX_TEXT_OPTION_LENGTH);
      return text().pipe(spec.required ? schema.min(1) : schema);
    }
    case 'boolean':
      return z.boolean();
    case 'integer':
      return z.number().int();
    case 'channel':
      return z.string().regex(/^\d{17,20}$/);
  }
}

export type OptionProblem = 'unknown-option' | 'required' | 'too-long' | 'not-a-choice' | 'wrong-type';

export interface OptionError {
  option: string;
  problem: OptionProblem;
  /** For too-long: the length received and the limit. */
  length?: number;
  limit?: number;
}

export type OptionsResult<S extends readonly OptionSpec[]> = { ok: true; options: OptionsOf<S> } | ({ ok: false } & OptionError);

function problemOf(issue: z.core.$ZodIssue, received: unknown): OptionProblem {
  if (received === undefined || issue.code === 'too_small') return 'required';
  if (issue.code === 'too_big') return 'too-long';
  if (issue.code === 'custom') return 'not-a-choice';
  return 'wrong-type';
}

// Built once per command: making a zod schema costs far more than using it.
const schemas = new WeakMap<object, z.ZodObject>();

function schemaOf(command: Pick<AnyCommand, 'options'>): z.ZodObject {
  let schema = schemas.get(command);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const spec of command.options) {
      const option = optionSchema(spec);
      shape[spec.name] = spec.required ? option : option.optional();
    }
    schema = z.object(shape);
    schemas.set(command, schema);
  }
  return schema;
}

/** Validates raw options from any front end against the command's declaration. */
export function parseOptions<S extends readonly OptionSpec[]>(command: Command<S>, raw: Record<string, unknown>): OptionsResult<S> {
  const schema = schemaOf(command);
  const shape = schema.shape;
  const unknown = Object.keys(raw).find((k) => !(k in shape));
  if (unknown !== undefined) return { ok: false, option: unknown, problem: 'unknown-option' };
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, options: result.data as OptionsOf<S> };
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const option = String(issue.path[0] ?? '');
  const received = raw[option];
  const problem = problemOf(issue, received);
  if (problem === 'too-long' && typeof received === 'string') {
    const limit = command.options.find((o) => o.name === option)?.maxLength ?? MAX_TEXT_OPTION_LENGTH;
    return { ok: false, option, problem, length: received.trim().length, limit };
  }
  return { ok: false, option, problem };
}

/** The language to answer in: the question's when its words tell, else the reader's. */
export function answerLanguage(ctx: CommandContext, detected?: Lang): Lang {
  return detected ?? ctx.lang;
}

/** Autocomplete values that name an entry directly, so a picked suggestion is never re-searched. */
export const ENTRY_VALUE_PREFIX = 'id:';

export function entryValue(id: string): string {
  return `${ENTRY_VALUE_PREFIX}${id}`;
}

export function entryIdFromValue(value: string): string | undefined {
  return value.startsWith(ENTRY_VALUE_PREFIX) ? value.slice(ENTRY_VALUE_PREFIX.length) : undefined;
}

/** The entry an autocomplete value names, if it is of the wanted kind. */
export function pickedEntry<K extends EntryKind>(ctx: CommandContext, value: string, kind: K): Extract<Entry, { kind: K }> | undefined {
  const id = entryIdFromValue(value);
  const entry = id === undefined ? undefined : ctx.kb.entries.get(id);
  return entry?.kind === kind ? (entry as Extract<Entry, { kind: K }>) : undefined;
}

/**
 * An autocomplete value picked before a reload may name an entry the
 * knowledge base no longer has: the user gets the expired-entry notice, not
 * a search for the text "id:…".
 */
export function expiredPick(ctx: CommandContext, value: string): Reply | undefined {
  const id = entryIdFromValue(value);
  if (id === undefined || ctx.kb.entries.has(id)) return undefined;
  const lang = answerLanguage(ctx);
  return errorNotice(lang, t(lang).expiredTitle, t(lang).expiredBody);
}

export function pickRandom<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}
