// The shape of knowledge/articles.yaml: the Convention's chapters and
// articles. How sure we are of a row decides what may be said of it, and the
// schema enforces it: a title or a description may only be written for a row
// whose grade allows stating it (V: seen verbatim in a source; I+: number and
// subject confirmed). For I and U rows (only the chapter placement is
// confirmed, or the wording is uncertain) there is nowhere to write a title:
// the bot says which chapter the article is in and points to the official text.
import { z } from 'zod';
import { Localized, cite, id, terms, text } from './schema.ts';

export const Confidence = z.enum(['V', 'I+', 'I', 'U']);
export type Confidence = z.infer<typeof Confidence>;

const STATEABLE: readonly Confidence[] = ['V', 'I+'];
export const isStateable = (grade: Confidence) => STATEABLE.includes(grade);

/** An English title as the official text words it, and our French and Vietnamese renderings of it. */
const Title = z.strictObject({ en: text, fr: text, vi: text });

export const ChapterRow = z.strictObject({
  number: z.number().int().min(1),
  roman: z.string().regex(/^[IVX]+$/, 'must be a Roman numeral'),
  title: Title,
  first_article: z.number().int().min(1),
  last_article: z.number().int().min(1),
  /**
   * What its articles whose titles may not be stated are about (the outline's I and U titles), in any
   * language: only for finding the chapter when a reader asks which article covers a subject, never shown.
   */
  subjects: terms,
  cite,
});
export type ChapterRow = z.infer<typeof ChapterRow>;

export const ArticleRow = z
  .strictObject({
    number: z.number().int().min(1),
    chapter: z.number().int().min(1),
    /** One grade for the whole row, or the title and the content graded apart (content seen, title not). */
    confidence: z.union([Confidence, z.strictObject({ title: Confidence, content: Confidence })]),
    title: Title.optional(),
    /** What the article does, in our words. */
    about: Localized.optional(),
    /** The words readers use for its subject ("hacking", "piratage"), in any language: for finding it, never shown. */
    keywords: terms,
    cite,
  })
  .superRefine((row, ctx) => {
    const grades = typeof row.confidence === 'string' ? { title: row.confidence, content: row.confidence } : row.confidence;
    if (row.title && !isStateable(grades.title)) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: `a title graded ${grades.title} must not be stated: only V and I+ titles may be written` });
    }
    if (row.about && !isStateable(grades.content)) {
      ctx.addIssue({ code: 'custom', path: ['about'], message: `content graded ${grades.content} must not be stated: only V and I+ descriptions may be written` });
    }
    // Found by its subject, an article whose subject is unconfirmed would be that subject's article in all but words.
    if (row.keywords.length > 0 && !isStateable(grades.title) && !isStateable(grades.content)) {
      ctx.addIssue({ code: 'custom', path: ['keywords'], message: `an article graded ${grades.title} is not found by its subject: give it to its chapter's subjects` });
    }
  });
export type ArticleRow = z.infer<typeof ArticleRow>;

export const ArticlesFile = z.strictObject({
  /** How many articles and chapters the adopted text has, and the fact that states it (with the 68 vs 71 dispute). */
  count: z.strictObject({ articles: z.number().int().positive(), chapters: z.number().int().positive(), fact: id }),
  /** Where to read the official text: cited by every answer about an article. */
  official_text: cite,
  chapters: z.array(ChapterRow).min(1),
  articles: z.array(ArticleRow).min(1),
});
export type ArticlesFile = z.infer<typeof ArticlesFile>;

/** The grade of an article's title and of its description. */
export function gradesOf(row: ArticleRow): { title: Confidence; content: Confidence } {
  return typeof row.confidence === 'string' ? { title: row.confidence, content: row.confidence } : row.confidence;
}
