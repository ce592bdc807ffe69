// Structured answer: "which article covers hacking?", "quel chapitre parle de
// coopération internationale ?", "điều nào quy định về gian lận?" ask for an
// article or a chapter by its subject. An article whose title or content may
// be stated is found by its title and the words readers use for it; a subject
// whose article's title may not be stated finds the chapter that holds it (the
// chapter's `subjects`), never a guessed article. A chapter's subject is also
// found when the question asks what the Convention provides of it without
// asking for a part of the text ("are companies liable under this thing?",
// "doanh nghiệp có bị xử lý theo công ước này không?"): when every other word
// only asks what the text requires, allows or punishes, and of whom. The
// search does not see these subjects — broad words ("companies", "prevention")
// would answer questions that merely share them.
import { articleAnswer, type ArticleReference } from '../articles/index.ts';
import { gradesOf, isStateable } from '../knowledge/articles-schema.ts';
import { LANGS } from '../knowledge/schema.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { isVietnameseText } from '../search/documents.ts';
import type { AnalyzedQuery, SearchEngine } from '../search/engine.ts';
import type { StructuredResolver } from '../search/pipeline.ts';
import { analyze, VIETNAMESE_MARK } from '../search/text.ts';
import { withinOneEdit } from '../search/typos.ts';
import { namesAnotherText } from './article.ts';

/** Words that ask for a part of the text. */
const PART_OF_THE_TEXT = new Set([
  ...analyze('article articles chapter chapters chapitre chapitres provision provisions disposition dispositions clause clauses', 'any'),
  ...analyze('điều chương điều khoản', 'vi'),
]);

/**
 * Words that ask what the Convention provides of a subject, without naming
 * another: its names, what a text does (say, require, allow, punish…) and
 * whom it binds (states, people, individuals).
 */
const ASKS_WHAT_THE_TEXT_PROVIDES = new Set([
  ...analyze(
    'convention treaty text cybercrime UN say says provide provides cover covers mention require requires required must have need obliged allow allows allowed permit deal apply applies concern concerned affect affected protect protects protected refuse under liable liability responsible accountable punish punished punishable prosecute prosecuted sue sued charged people person persons individual individuals citizens state states country countries also too only just anything ' +
      'cybercriminalité traité texte dit prévoit couvre mentionne exige oblige obligés obligées doivent doit peuvent permet autorise applique concerne concernées concernés protège protéger protégées refuser responsable responsables punir punies punis sanctionner sanctionnées poursuivre poursuivies poursuivis condamner condamnées personnes individus particuliers citoyens états pays aussi seulement uniquement',
    'any',
  ),
  ...analyze('công ước ; hiệp ước ; văn bản ; quy định ; nói ; đề cập ; yêu cầu ; bắt buộc ; phải ; cho phép ; bảo vệ ; từ chối ; xử lý ; trừng phạt ; phạt ; chịu trách nhiệm ; truy cứu ; kết án ; cá nhân ; người ; công dân ; quốc gia ; nước ; cũng ; chỉ ; theo ; bị', 'vi'),
]);

/**
 * Words of a question asked in the first person ("how do I protect my personal data?", "je peux refuser
 * l'extradition ?"): it asks about the reader's own case, which the Convention's text does not answer.
 */
const FIRST_PERSON = /(?:^| )(?:i|im|ive|my|me|mine|je|j|mon|ma|mes|moi|toi|tui|minh)(?= |$)/;

interface SubjectPhrase {
  reference: ArticleReference;
  terms: readonly string[];
}

const read = (phrase: string) => analyze(phrase, isVietnameseText(phrase) ? 'vi' : 'any');

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

/** A question's term that is the phrase's: the same, another form of it ("hackers", "extradite"), or one letter off a long one. Vietnamese syllables match only as written. */
function sameTerm(asked: string, phrase: string): boolean {
  if (asked === phrase) return true;
  if (phrase.startsWith(VIETNAMESE_MARK)) return false;
  return (
    (phrase.length >= 4 && asked.startsWith(phrase) && asked.length - phrase.length <= 3) ||
    // Another form of the word, shorter than the phrase's ("extradite" for "extradition").
    (asked.length >= 6 && phrase.startsWith(asked) && phrase.length - asked.length <= 3) ||
    (phrase.length >= 7 && withinOneEdit(asked, phrase))
  );
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

/** The subject phrase of the part of the text that the question holds whole, longest first; none when two parts tie. */
function bestPhrase(phrases: readonly SubjectPhrase[], terms: readonly string[]): SubjectPhrase | undefined {
  let best: SubjectPhrase | undefined;
  let tied = false;
  for (const phrase of phrases) {
    if (!holdsWhole(terms, phrase.terms)) continue;
    const same = best && best.reference.kind === phrase.reference.kind && best.reference.number === phrase.reference.number;
    if (!best || phrase.terms.length > best.terms.length) {
      best = phrase;
      tied = false;
    } else if (phrase.terms.length === best.terms.length && !same) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}

/** Whether every term of the question outside the subject phrase only asks what the text provides of it. */
function onlyAsksWhatTheTextProvides(terms: readonly string[], phrase: SubjectPhrase): boolean {
  for (const asked of terms) {
    if (ASKS_WHAT_THE_TEXT_PROVIDES.has(asked)) continue;
    let inPhrase = false;
    for (const term of phrase.terms) {
      if (sameTerm(asked, term)) {
        inPhrase = true;
        break;
      }
    }
    if (!inPhrase) return false;
  }
  return true;
}

/** Rounding aside, the whole question matched exactly (a word one letter off another, "phạt"/"pháp", counts less). */
const WHOLE_QUESTION = 0.999;

/**
 * Whether the search answers the whole question with an entry of its own ("the 24/7 network"): one that
 * matched only the subject ("companies", in an entry about tech companies' views) is about something else.
 */
function anEntryAnswers(engine: SearchEngine, question: AnalyzedQuery): boolean {
  const outcome = engine.search({ query: question });
  return outcome.status === 'answered' && outcome.best.coverage >= WHOLE_QUESTION;
}

export function articleSubjectResolver(kb: KnowledgeBase, engine: SearchEngine): StructuredResolver {
  const phrases = subjectPhrases(kb);
  return {
    name: 'article subject',
    resolve({ reading, read: question, asked }) {
      // "Which article…", or a part of the text named without another question ("how many articles" counts them).
      const asksForPart = asked?.type === 'article' || (asked === undefined && question.terms.some((term) => PART_OF_THE_TEXT.has(term)));
      if (asked !== undefined && !asksForPart) return undefined;
      if (namesAnotherText(reading, question, engine)) return undefined;
      const phrase = bestPhrase(phrases, question.terms);
      if (!phrase) return undefined;
      const { reference } = phrase;
      // Not asked for a part of the text: an article's subject is the search's (its title and readers' words are
      // indexed), and so is a chapter's subject that an entry of its own answers ("the 24/7 network").
      if (!asksForPart && (reference.kind !== 'chapter' || FIRST_PERSON.test(reading.plainWords) || !onlyAsksWhatTheTextProvides(question.terms, phrase) || anEntryAnswers(engine, question)))
        return undefined;
      const id = `${reference.kind}-${reference.number}`;
      return { entryId: id, found: `${reference.kind} ${reference.number} by its subject`, compose: (lang) => articleAnswer(kb, reference, lang) };
    },
  };
}
