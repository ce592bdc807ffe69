// The reply model every command returns and every front end renders.
// An answer carries its citations in its type: there is no way to build an
// `Answer` without at least one.
import type { Localized, Lang, Locator } from '../knowledge/schema.ts';

/** One place in a source that an answer rests on. */
export interface CitedPassage {
  locator?: Locator;
  /** The source's own words, found verbatim in its stored text (checked when the knowledge base loads). */
  excerpt?: string;
  /** Our words about the passage: never shown as the source's. */
  summary?: Localized;
}

export interface Citation {
  sourceId: string;
  title: string;
  publisher: string;
  url: string;
  /** The page's own date (YYYY-MM-DD), only when the page shows one. */
  published?: string;
  /** When the page was last checked (YYYY-MM-DD): what an undated page is dated by. */
  checked: string;
  /** Every place in the source this reply relies on, in order of first use. */
  passages: CitedPassage[];
}

export type Citations = readonly [Citation, ...Citation[]];

export interface Field {
  name: string;
  value: string;
}

/** One element of an ordered answer (a message, a signer), pointing at its citations by index. */
export interface ListItem {
  title?: string;
  text: string;
  citations: readonly number[];
}

/** Another entry the user may want, offered as "other results" or "did you mean". */
export interface Related {
  id: string;
  title: string;
}

/** A picture that goes with an answer. Front ends that cannot show it give its description. */
export interface Picture {
  /** The file name; a Discord embed shows it as attachment://<name>. */
  readonly name: string;
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** What it shows, in words: the alt text screen readers read. */
  readonly description: string;
}

/** What a kind of entry contributes to an answer, before citations are attached. */
export interface AnswerParts {
  title: string;
  body: string;
  items: ListItem[];
  fields: Field[];
}

export interface Answer {
  readonly kind: 'answer';
  readonly lang: Lang;
  readonly title: string;
  readonly body: string;
  readonly items: readonly ListItem[];
  readonly fields: readonly Field[];
  readonly citations: Citations;
  /** The entries this answer states, main one first. */
  readonly entryIds: readonly string[];
  readonly related: readonly Related[];
  /** Drawn from the same entries as the text, and cited by the same citations. */
  readonly picture?: Picture;
}

export interface Decline {
  readonly kind: 'decline';
  readonly lang: Lang;
  readonly title: string;
  readonly body: string;
  readonly suggestions: readonly Related[];
}

/**
 * Help, usage errors and other messages that state nothing about the
 * Convention. `small-talk` answers a greeting or thanks: friendly, but not
 * what a question asks for, so it is not "found".
 */
export interface Notice {
  readonly kind: 'notice';
  readonly lang: Lang;
  readonly level: 'info' | 'error' | 'small-talk';
  readonly title: string;
  readonly body: string;
  readonly fields: readonly Field[];
}

export type Reply = Answer | Decline | Notice;

/** Whether the bot gave what was asked: false for a decline, an error message and small talk. */
export function isFound(reply: Reply): boolean {
  return reply.kind === 'answer' || (reply.kind === 'notice' && reply.level === 'info');
}

export function notice(lang: Lang, title: string, body: string, fields: readonly Field[] = [], level: Notice['level'] = 'info'): Notice {
  return { kind: 'notice', lang, level, title, body, fields };
}

export function errorNotice(lang: Lang, title: string, body: string): Notice {
  return notice(lang, title, body, [], 'error');
}
