// The shape of every file in knowledge/. These schemas are the contract a
// curator edits against: strict objects, so a misspelt field is an error
// rather than silently ignored data.
import { z } from 'zod';

export const LANGS = ['fr', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens (e.g. adoption-date)');
const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.iso.date('must be a date written YYYY-MM-DD');

/** The same text in both languages the bot answers in. */
export const Bilingual = z.strictObject({ fr: text, en: text });
export type Bilingual = z.infer<typeof Bilingual>;

/**
 * Where a statement comes from. `excerpt` must appear verbatim in the
 * source's stored text when the source has one; for sources without a stored
 * text it is the short passage the curator checked the statement against.
 */
export const CitationRef = z.strictObject({
  source: id,
  locator: text,
  excerpt: text.optional(),
});
export type CitationRef = z.infer<typeof CitationRef>;

// Piped into a tuple with a rest element so the type itself says "at least
// one"; the array check first gives the curator the readable message.
const cite = z.array(CitationRef).min(1, 'needs at least one citation').pipe(z.tuple([CitationRef], CitationRef));
const terms = z.array(text).default([]);

export const SourceEntry = z.strictObject({
  id,
  title: text,
  publisher: text,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  published: isoDate,
  language: z.enum([...LANGS, 'vi']),
  checked: isoDate,
  /** Path, relative to knowledge/, of the stored text quotes are checked against. */
  text: z.string().regex(/^texts\/[a-z0-9-]+\.txt$/, 'must be texts/<name>.txt').optional(),
  /** Whether the stored text is the whole page or only the excerpt that was checked. */
  text_scope: z.enum(['full', 'excerpt']).optional(),
  note: Bilingual.optional(),
});
export type SourceEntry = z.infer<typeof SourceEntry>;

export const TopicEntry = z.strictObject({
  id,
  fr: text,
  en: text,
});
export type TopicEntry = z.infer<typeof TopicEntry>;

export const FactEntry = z.strictObject({
  id,
  topic: id,
  title: Bilingual,
  fr: text,
  en: text,
  /** Search terms in either language: names, numbers, words a reader would type. */
  keywords: terms,
  /** Other names for what the fact is about, and typical phrasings of the question. */
  aliases: terms,
  /** Present when sources disagree: says so and which figure is used. */
  disputed: Bilingual.optional(),
  /** The date a changing figure (a count) was true. */
  as_of: isoDate.optional(),
  cite,
});
export type FactEntry = z.infer<typeof FactEntry>;

export const QuoteEntry = z.strictObject({
  id,
  /** Verbatim, as published, in `language`. Checked against the source's stored text. */
  text,
  language: Lang,
  speaker: text,
  role: Bilingual,
  date: isoDate,
  occasion: Bilingual,
  /** Our own translation; always shown as unofficial. */
  translation: z.strictObject({ language: Lang, text }).optional(),
  /** Context a reader needs, e.g. that a source printed the words in translation. */
  note: Bilingual.optional(),
  keywords: terms,
  cite,
});
export type QuoteEntry = z.infer<typeof QuoteEntry>;

export const MessageEntry = z.strictObject({
  id,
  order: z.number().int().min(1),
  title: Bilingual,
  fr: text,
  en: text,
  keywords: terms,
  cite,
});
export type MessageEntry = z.infer<typeof MessageEntry>;

/** What both ordered lists (the messages, the signing order) say about themselves. */
const orderedList = {
  id,
  title: Bilingual,
  intro: Bilingual,
  keywords: terms,
  aliases: terms,
  cite,
};

/** President Luong Cuong's three messages, as one ordered list. */
export const MessagesFile = z.strictObject({
  ...orderedList,
  messages: z.array(MessageEntry).min(1),
});
export type MessagesFile = z.infer<typeof MessagesFile>;

export const SignerEntry = z.strictObject({
  position: z.number().int().min(1),
  state: Bilingual,
  /** Who signed for the state, when the source says. */
  signed_by: Bilingual.optional(),
  cite,
});
export type SignerEntry = z.infer<typeof SignerEntry>;

/** The signing order as far as sources name it, and what they leave unknown. */
export const SigningFile = z.strictObject({
  ...orderedList,
  signers: z.array(SignerEntry).min(1),
  /** What no source names (later positions): stated, never invented. */
  unknown: Bilingual,
});
export type SigningFile = z.infer<typeof SigningFile>;

export const SourcesFile = z.array(SourceEntry).min(1);
export const TopicsFile = z.array(TopicEntry).min(1);
export const FactsFile = z.array(FactEntry).min(1);
export const QuotesFile = z.array(QuoteEntry).min(1);
