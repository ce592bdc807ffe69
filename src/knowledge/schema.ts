// The shape of every file in knowledge/. These schemas are the contract a
// curator edits against: strict objects, so a misspelt field is an error
// rather than silently ignored data.
import { z } from 'zod';
import { parseWhen } from './when.ts';

export const LANGS = ['fr', 'en', 'vi'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

export function isReplyLanguage(code: unknown): code is Lang {
  return (LANGS as readonly unknown[]).includes(code);
}

export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens (e.g. adoption-date)');
export const text = z.string().trim().min(1, 'must not be empty');
export const isoDate = z.iso.date('must be a date written YYYY-MM-DD');

/** The same text in every language the bot answers in: a missing one is an error naming it. */
export const Localized = z.strictObject({ fr: text, en: text, vi: text });
export type Localized = z.infer<typeof Localized>;

const positive = z.number().int().min(1);

/**
 * Where in a source a statement rests, as data rather than words, so each
 * reply language renders it (para. 9 / § 9, Article 65(1) / article 65,
 * paragraphe 1). `para` counts the non-empty lines of a full stored text;
 * `heading` is the source's own heading, word for word.
 */
export const Locator = z
  .strictObject({
    para: z.union([positive, z.tuple([positive, positive])]).optional(),
    article: positive.optional(),
    paragraph: positive.optional(),
    heading: text.optional(),
    part: z.enum(['title', 'whole']).optional(),
    /** The words are a photo caption run into the text. */
    caption: z.literal(true).optional(),
    /** The passage announces what was still to come (written before the event). */
    before_event: z.literal(true).optional(),
  })
  .refine((l) => l.para !== undefined || l.article !== undefined || l.heading !== undefined || l.part !== undefined, {
    message: 'say where: para, article, heading or part',
  })
  .refine((l) => l.paragraph === undefined || l.article !== undefined, { message: 'paragraph needs its article', path: ['paragraph'] });
export type Locator = z.infer<typeof Locator>;

/**
 * Where a statement comes from. `excerpt` is the source's own words and must
 * be found verbatim in its stored text; `summary` is ours and is always shown
 * as ours. A citation without an excerpt says where (`locator`).
 */
export const CitationRef = z
  .strictObject({
    source: id,
    locator: Locator.optional(),
    excerpt: text.optional(),
    summary: Localized.optional(),
  })
  .refine((c) => c.locator !== undefined || c.excerpt !== undefined, {
    message: 'a citation without an excerpt needs a locator',
    path: ['locator'],
  });
export type CitationRef = z.infer<typeof CitationRef>;

// Piped into a tuple with a rest element so the type itself says "at least
// one"; the array check first gives the curator the readable message.
export const cite = z.array(CitationRef).min(1, 'needs at least one citation').pipe(z.tuple([CitationRef], CitationRef));
export const terms = z.array(text).default([]);

/** A copy of a page's text as it was retrieved, which excerpts and quotes are checked against. */
export const StoredText = z.strictObject({
  /** Path relative to knowledge/. */
  file: z.string().regex(/^texts\/[a-z0-9-]+\.txt$/, 'must be texts/<name>.txt'),
  /** The whole page, or only the part of it that was retrieved. */
  scope: z.enum(['full', 'excerpt']),
  retrieved: isoDate,
  /** How the copy was obtained, e.g. a stored copy of the page or a quotation in our checked facts. */
  via: text,
});
export type StoredText = z.infer<typeof StoredText>;

export const SourceEntry = z.strictObject({
  id,
  title: text,
  publisher: text,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  /** The page's own date, only when the page shows one; otherwise citations say when it was checked. */
  published: isoDate.optional(),
  /** The page's language; sources in other languages are cited, never quoted. */
  language: z.enum([...LANGS, 'es', 'ru', 'tr', 'ar']),
  /** The last date a curator checked the page (or its stored copy) against what we cite. */
  checked: isoDate,
  text: StoredText.optional(),
  note: Localized.optional(),
});
export type SourceEntry = z.infer<typeof SourceEntry>;

export const TopicEntry = z.strictObject({
  id,
  fr: text,
  en: text,
  vi: text,
});
export type TopicEntry = z.infer<typeof TopicEntry>;

export const FactEntry = z.strictObject({
  id,
  topic: id,
  title: Localized,
  fr: text,
  en: text,
  vi: text,
  /** Search terms in any language: names, numbers, words a reader would type. */
  keywords: terms,
  /** Other names for what the fact is about, and typical phrasings of the question. */
  aliases: terms,
  /** Present when sources disagree: says so and which figure is used. */
  disputed: Localized.optional(),
  /** The date a changing figure (a count, a status) was true. */
  as_of: isoDate.optional(),
  /** States where things stand now, so it goes stale: kb:check warns when its as_of is old. */
  current: z.literal(true).optional(),
  /**
   * The date the fact is about, for what is drawn or counted from it: a day
   * (2024-12-24), consecutive days (2025-10-25/2025-10-26) or a month
   * (2024-08). The text must state it.
   */
  when: z
    .string()
    .refine((value) => parseWhen(value) !== undefined, 'must be YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD (first and last day) or YYYY-MM')
    .optional(),
  /** Numbers the fact states, by name (signatories: 72), for what is drawn or counted from it. The text must state each. */
  figures: z.record(id, z.number().int().nonnegative()).optional(),
  cite,
}).refine((f) => f.current === undefined || f.as_of !== undefined, {
  message: 'a current status needs the date it was true (as_of)',
  path: ['as_of'],
});
export type FactEntry = z.infer<typeof FactEntry>;

const Translation = z.union([text, z.strictObject({ text, source: id })]);
export type Translation = z.infer<typeof Translation>;

export const QuoteEntry = z
  .strictObject({
  id,
  /** Verbatim, as published, in `language`. Checked against the source's stored text. */
  text,
  language: Lang,
  speaker: text,
  role: Localized,
  date: isoDate,
  occasion: Localized,
  /**
   * The words in every other language: our own translation (a string, always
   * shown as unofficial), or a translation a source printed (`text` and its
   * `source`, checked word for word against that source's stored text).
   */
  translations: z.partialRecord(Lang, Translation),
  /** Context a reader needs, e.g. that a source printed the words in translation. */
  note: Localized.optional(),
  keywords: terms,
  cite,
  })
  .superRefine((quote, ctx) => {
    for (const lang of LANGS) {
      const has = quote.translations[lang] !== undefined;
      if (lang === quote.language && has) ctx.addIssue({ code: 'custom', path: ['translations', lang], message: `the words are already in ${lang}: no translation` });
      if (lang !== quote.language && !has) ctx.addIssue({ code: 'custom', path: ['translations', lang], message: `a translation into ${lang} is missing` });
    }
  });
export type QuoteEntry = z.infer<typeof QuoteEntry>;

export const MessageEntry = z.strictObject({
  id,
  order: z.number().int().min(1),
  title: Localized,
  fr: text,
  en: text,
  vi: text,
  keywords: terms,
  cite,
});
export type MessageEntry = z.infer<typeof MessageEntry>;

/** What both ordered lists (the messages, the signing order) say about themselves. */
const orderedList = {
  id,
  title: Localized,
  intro: Localized,
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
  state: Localized,
  /** Who signed for the state, when the source says. */
  signed_by: Localized.optional(),
  cite,
});
export type SignerEntry = z.infer<typeof SignerEntry>;

/** The signing order as far as sources name it, and what they leave unknown. */
export const SigningFile = z.strictObject({
  ...orderedList,
  signers: z.array(SignerEntry).min(1),
  /** What no source names (later positions): stated, never invented. */
  unknown: Localized,
});
export type SigningFile = z.infer<typeof SigningFile>;

export const SourcesFile = z.array(SourceEntry).min(1);
export const TopicsFile = z.array(TopicEntry).min(1);
export const FactsFile = z.array(FactEntry).min(1);
export const QuotesFile = z.array(QuoteEntry).min(1);
