// Structured answer: "which article covers hacking?", "quel chapitre parle de
// coopération internationale ?", "điều nào quy định về gian lận?" ask for an
// article or a chapter by its subject. An article whose title or content may
// be stated is found by its title and the words readers use for it; a subject
// whose article's title may not be stated finds the chapter that holds it (the
// chapter's `subjects`), never a guessed article.
import { articleAnswer, type ArticleReference } from '../articles/index.ts';
import { gradesOf, isStateable } from '../knowledge/articles-schema.ts';
import { LANGS } from '../knowledge/schema.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { StructuredResolver } from '../search/pipeline.ts';
import { analyze, VIETNAMESE_MARK } from '../search/text.ts';
import { withinOneEdit } from '../search/typos.ts';
import { hasVietnameseLetters } from '../text/vietnamese.ts';
import { namesAnotherText } from './article.ts';

/** Words that ask for a part of the text. */
const PART_OF_THE_TEXT = new Set([
  ...analyze('article articles chapter chapters chapitre chapitres provision provisions disposition dispositions clause clauses', 'any'),
  ...analyze('điều chương điều khoản', 'vi'),
]);

interface SubjectPhrase {
  reference: ArticleReference;
  terms: readonly string[];
}

const read = (phrase: string) => analyze(phrase, hasVietnameseLetters(phrase) ? 'vi' : 'any');

/** Every phrase that names an article's or a chapter's subject, as terms. */
function subjectPhrases(kb: KnowledgeBase): SubjectPhrase[] {
  const phrases: SubjectPhrase[] = [];
  const add = (reference: ArticleReference, texts: readonly string[]) => {
    for (const text of texts) {
      const terms = read(text);
      if (terms.length > 0) phrases.push({ reference, terms });
    }
  };
  for (const row of kb.articles.articles) {
    const grades = gradesOf(row);
    const titles = row.title && isStateable(grades.title) ? LANGS.map((lang) => row.title?.[lang] ?? '') : [];
    add({ kind: 'article', number: row.number }, [...titles, ...row.keywords]);
  }
  for (const chapter of kb.articles.chapters) {
    add({ kind: 'chapter', number: chapter.number }, [...LANGS.map((lang) => chapter.title[lang]), ...chapter.subjects]);
  }
  return phrases;
}

/** A question's term that is the phrase's: the same, a longer form of it ("hackers"), or one letter off a long one. Vietnamese syllables match only as written. */
function sameTerm(asked: string, phrase: string): boolean {
  if (asked === phrase) return true;
  if (phrase.startsWith(VIETNAMESE_MARK)) return false;
  return (phrase.length >= 4 && asked.startsWith(phrase) && asked.length - phrase.length <= 3) || (phrase.length >= 7 && withinOneEdit(asked, phrase));
}

/** Whether the question's terms hold every term of a phrase. Loops, not closures: every phrase is tried for each question that asks for a part of the text. */
function holdsWhole(terms: readonly string[], phrase: readonly string[]): boolean {
  for (const term of phrase) {
    let held = false;
    for (const asked of terms) {
      if (sameTerm(asked, term)) {
        held = true;
        break;
      }
    }
    if (!held) return false;
  }
  return true;
}

/** The part of the text whose longest subject phrase the question holds whole; none when two parts tie. */
function bestReference(phrases: readonly SubjectPhrase[], terms: readonly string[]): ArticleReference | undefined {
  let best: { reference: ArticleReference; length: number } | undefined;
  let tied = false;
  for (const phrase of phrases) {
    if (!holdsWhole(terms, phrase.terms)) continue;
    const length = phrase.terms.length;
    const same = best && best.reference.kind === phrase.reference.kind && best.reference.number === phrase.reference.number;
    if (!best || length > best.length) {
      best = { reference: phrase.reference, length };
      tied = false;
    } else if (length === best.length && !same) {
      tied = true;
    }
  }
  return tied ? undefined : best?.reference;
}

export function articleSubjectResolver(kb: KnowledgeBase, engine: SearchEngine): StructuredResolver {
  const phrases = subjectPhrases(kb);
  return {
    name: 'article subject',
    resolve({ reading, read: question, asked }) {
      // "Which article…", or a part of the text named without another question ("how many articles" counts them).
      const asksForPart = asked?.type === 'article' || (asked === undefined && question.terms.some((term) => PART_OF_THE_TEXT.has(term)));
      if (!asksForPart || namesAnotherText(reading, question, engine)) return undefined;
      const reference = bestReference(phrases, question.terms);
      if (!reference) return undefined;
      const id = `${reference.kind}-${reference.number}`;
      return { entryId: id, found: `${reference.kind} ${reference.number} by its subject`, compose: (lang) => articleAnswer(kb, reference, lang) };
    },
  };
}
