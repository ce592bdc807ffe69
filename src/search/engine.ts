// Full-text search over the knowledge base with MiniSearch, plus the
// confidence rule that lets the bot decline instead of returning the nearest
// entry to a question it cannot answer.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { findCountries } from '../countries/find.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { Entry, EntryKind, KnowledgeBase } from '../knowledge/types.ts';
import { Reading } from '../text/reading.ts';
import { answerTypesOf } from './answer-types.ts';
import { ANSWER_TYPES, satisfiedBy, type AnswerType } from './asked-type.ts';
import { SEARCH_FIELDS, buildDocuments, wordsByLanguage, type SearchDocument } from './documents.ts';
import { detectLanguage, languageVocabulary, type LanguageVocabulary } from './language.ts';
import { PHRASE_WORDS, isSynonymVariant } from './synonyms.ts';
import { analyze, isStopWord, stem, VIETNAMESE_MARK } from './text.ts';
import { fixTransposition } from './typos.ts';

export interface Hit {
  entry: Entry;
  score: number;
  /** Share (0–1) of the question's weight, by term specificity, that this entry matches. */
  coverage: number;
  /** The question's terms this entry matched, exactly, by prefix or with a typo. */
  matchedTerms: ReadonlySet<string>;
}

export type DeclineReason = 'no-terms' | 'no-match' | 'low-confidence' | 'unknown-name' | 'generic-match' | 'passing-mention';

export type SearchOutcome =
  | { status: 'answered'; lang: Lang | undefined; best: Hit; others: Hit[]; overview?: true }
  | { status: 'declined'; lang: Lang | undefined; reason: DeclineReason; nearest: Hit[] };

/** What a question asks for, as the ranking reads it. */
interface Asked {
  type: AnswerType;
  past?: boolean;
}

/** A question as the index reads it. */
export interface AnalyzedQuery {
  /** The question's language, when its words tell. */
  lang: Lang | undefined;
  terms: string[];
  /** Terms from capitalised words: names, matched exactly or with a typo, never by prefix. */
  names: ReadonlySet<string>;
  /** Words put right before the search ("sigend → signed"). */
  corrections: string[];
  /** Whether it names a state (or the EU): what an entry about one state's signature answers. */
  namesAState: boolean;
}

export interface SearchRequest {
  query: string | AnalyzedQuery;
  /** Restrict to these kinds of entry (e.g. quotes for /quote). */
  kinds?: readonly EntryKind[];
  /** Restrict to these entries (e.g. the words of the speaker a question names). */
  only?: ReadonlySet<string>;
  /** The kind of answer the question asks for: entries that give it rank first. */
  asked?: AnswerType;
  /** Asked of something done, not of what can still be done: an entry that gives a deadline is not typed for it. */
  past?: boolean;
  /**
   * Whether an entry that gives the asked kind of answer is trusted with less than half the question
   * matched (TYPED_MIN_COVERAGE); it still ranks first. Default true.
   */
  trustAsked?: boolean;
  /**
   * What the question requires of its answer, else it is about something else (the office and the state of
   * someone whose words are asked for): given an entry and the question's terms it matched.
   */
  requires?: (entryId: string, matched: ReadonlySet<string>) => boolean;
  /** Terms of the question's form ("held", "take place"): they count when an entry matches them, and are not missed when it does not. */
  optional?: ReadonlySet<string>;
  /** How many further hits to return beside the best one. */
  others?: number;
}

/**
 * Tuned on the development question set (test/questions.yaml): below this
 * share of the question matched, answers were more often wrong than right.
 */
export const MIN_COVERAGE = 0.5;
/** Words this long may be two edits off (see typoTolerance). */
const TWO_TYPOS_FROM = 10;
/** How many BM25 results are re-ranked by how much of the question they cover. */
const RERANK_DEPTH = 20;
/** A word matched only through a typo or a prefix counts for this much of an exact match. */
const INEXACT_MATCH_CREDIT = 0.8;
/**
 * A word found nowhere in the knowledge base counts at this share of the
 * weight of the rarest word. A name or a number ("Putin", "NIS2") always
 * counts fully: its absence means the question is about something else. An
 * ordinary word ("came", "building") is often just phrasing, but at a lower
 * weight the development set had out-of-scope questions answered (at 0.7)
 * or a decline turned into a wrong answer (at 0.9), so it counts fully too.
 */
const UNKNOWN_WORD_WEIGHT = 1;
/** An entry that gives the kind of answer asked for (a date for "when") scores this much higher. */
const ASKED_TYPE_BOOST = 1.5;
/**
 * An entry that gives the kind of answer asked for is trusted, and comes
 * before those that do not, when it matches at least this share of the
 * question: "until when can states sign?" wants the deadline, even if it
 * never says "states". No right answer on the development set needs less
 * than 0.36; an out-of-scope question matched at 0.26 (a crypto exchange's
 * losses, answered with a count) was let through at 0.25.
 */
const TYPED_MIN_COVERAGE = 0.3;
/**
 * "Who" may want a person, a country or an organisation, and "why" is seldom
 * answered with "because": entries that give these are raised and trusted,
 * but not put first.
 */
const ONLY_RAISES: ReadonlySet<AnswerType> = new Set(['person', 'reason']);
/**
 * A question made only of words found in at least this share of entries ("the convention") asks for the
 * overview. Articles and chapters seldom repeat "convention", so its share is just under half.
 */
const GENERIC_TERM_SHARE = 0.4;
/**
 * A best entry that matched only words this common (Hanoi, the convention,
 * the ceremony) while the question has rarer ones has matched the setting,
 * not the question: the bot declines.
 */
const COMMON_TERM_SHARE = 0.25;
/** A further hit is offered as "other result" only when it scores this close to the best. */
const RELATED_SCORE_RATIO = 0.35;

const BOOST: Record<(typeof SEARCH_FIELDS)[number], number> = {
  title: 2,
  keywords: 2.5,
  aliases: 2,
  body: 1,
  speaker: 1.5,
  topic: 0.5,
};

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]+/gu;
const YEAR = /^(?:19|20)\d\d$/;
const DIGIT = /\d/;
const NUMBER = /^\d+$/;
/** "Ông", "bà", "ngài" (Mr, Mrs, Sir) and the word after it: a person's name. */
const VIETNAMESE_TITLED = /(?<![\p{L}])(?:ông|bà|ngài)\s+(\p{L}+)/giu;

/** The words each multi-word synonym keeps, by its canonical term as the analyser writes it ("signature" → "signatur"). */
const PHRASE_WORDS_BY_TERM: ReadonlyMap<string, ReadonlySet<string>> = new Map([...PHRASE_WORDS].map(([canonical, words]) => [stem(canonical), words]));

/** Each term of a question that is a word a multi-word synonym kept, with that synonym's canonical term (present in the question too). */
export function phraseWordsOf(terms: readonly string[]): ReadonlyMap<string, string> {
  const words = new Map<string, string>();
  for (const canonical of terms) {
    const kept = PHRASE_WORDS_BY_TERM.get(canonical);
    if (!kept) continue;
    for (const term of terms) if (term !== canonical && [...kept].some((word) => stem(word) === term || `${VIETNAMESE_MARK}${word}` === term)) words.set(term, canonical);
  }
  return words;
}

/** A state named in an English title that speaks of signing or ratifying: "Azerbaijan approves ratification". */
const STATUS_IN_TITLE = /\b(?:sign|signs|signed|signing|ratif\w*|approves?|approved)\b/i;

function isAboutOneState(entry: Entry): boolean {
  if (entry.kind !== 'fact') return false;
  return STATUS_IN_TITLE.test(entry.title.en) && findCountries(new Reading(entry.title.en)).length === 1;
}

export interface SearchEngineOptions {
  /** The entry that answers a question about the Convention as a whole ("what is the convention?"). */
  overviewEntry?: string;
}

/**
 * What the knowledge snapshot stores of the index: the work of reading the
 * knowledge base (the analysed documents, the language vocabulary). The
 * index is built from the documents at each start, exactly as from the
 * YAML: a few milliseconds more than restoring MiniSearch's serialization,
 * for half the start-up garbage (restoring converted every posting list
 * from a plain object: 18 MB allocated at start instead of 8 MB).
 */
export interface SearchIndexState {
  documents: readonly SearchDocument[];
  /** What tells a short question's language (language.ts), read from the knowledge base's text. */
  vocabulary: LanguageVocabulary;
}

const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  // Nothing stored: a result's kind is its entry's, and MiniSearch would copy stored fields into every result.
  // Fields arrive analyzed (see documents.ts): split on the spaces we joined them with.
  tokenize: (text) => text.split(' '),
  processTerm: (term) => term || null,
};

export class SearchEngine {
  private readonly index: MiniSearch<SearchDocument>;
  /** The terms each entry is indexed under. */
  private readonly termsById: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly documentFrequency = new Map<string, number>();
  /** Every indexed term, in code-unit order: the terms that start with a word follow it. */
  private readonly sortedTerms: readonly string[];
  private readonly overview: Entry | undefined;
  private readonly answerTypes = new Map<string, ReadonlySet<AnswerType>>();
  /** For each kind of answer a question may ask for, the entries that give it. */
  private readonly answering = new Map<AnswerType, ReadonlySet<string>>();
  private readonly vocabulary: LanguageVocabulary;
  private readonly fixWord: (word: string) => string;
  /** Entries about one state's signature or ratification ("Viet Nam had not yet ratified"). */
  private readonly aboutOneState: ReadonlySet<string>;

  /** With `prebuilt` (from a snapshot of this knowledge base), its documents and vocabulary are not read again. */
  constructor(
    private readonly kb: KnowledgeBase,
    options: SearchEngineOptions = {},
    prebuilt?: SearchIndexState,
  ) {
    if (options.overviewEntry !== undefined && !kb.entries.has(options.overviewEntry)) {
      throw new Error(`the search overview entry "${options.overviewEntry}" is not in the knowledge base`);
    }
    this.overview = options.overviewEntry === undefined ? undefined : kb.entries.get(options.overviewEntry);
    const documents = prebuilt?.documents ?? buildDocuments(kb);
    this.index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
    this.index.addAll(documents);
    this.termsById = new Map(documents.map((doc) => [doc.id, new Set(SEARCH_FIELDS.flatMap((f) => doc[f].split(' ')).filter(Boolean))]));
    this.vocabulary = prebuilt?.vocabulary ?? languageVocabulary(wordsByLanguage(kb));
    for (const terms of this.termsById.values()) {
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.sortedTerms = [...this.documentFrequency.keys()].sort();
    for (const entry of kb.entries.values()) this.answerTypes.set(entry.id, answerTypesOf(entry));
    for (const asked of ANSWER_TYPES) {
      const ids = [...this.answerTypes].filter(([, types]) => satisfiedBy(asked).some((type) => types.has(type))).map(([id]) => id);
      this.answering.set(asked, new Set(ids));
    }
    this.aboutOneState = new Set([...kb.entries.values()].filter(isAboutOneState).map((entry) => entry.id));
    this.fixWord = (word) => fixTransposition(word, (w) => this.knowsWord(w));
  }

  /** What the knowledge snapshot keeps (the documents are read again: kept here, they would only take memory). */
  indexState(): SearchIndexState {
    return { documents: buildDocuments(this.kb), vocabulary: this.vocabulary };
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** The question's language, when its words tell. */
  detectLanguage(question: Reading): Lang | undefined {
    return detectLanguage(question, this.vocabulary);
  }

  /**
   * Reads a question the way the index is read: language, terms, names, and transposed letters put right.
   * `languageOf`: the words that tell its language, when more than those searched (a claim's frame: "c'est vrai que…").
   */
  analyze(question: Reading, languageOf = question): AnalyzedQuery {
    const { text } = question;
    const { lang, terms, corrections } = this.readTerms(question, languageOf);
    // Vietnamese words are read as Vietnamese here too, so "Điều 16" names the term the index holds.
    // Vietnamese names a person after a title ("ông biden"), capitalised or not.
    const titled = lang === 'vi' ? [...text.matchAll(VIETNAMESE_TITLED)].map((match) => match[1] as string) : [];
    const names = new Set([...(text.match(CAPITALISED_WORD) ?? []), ...titled].flatMap((word) => analyze(word, lang === 'vi' ? 'vi' : 'any', this.fixWord)));
    return { lang, terms, names, corrections, namesAState: findCountries(question).length > 0 };
  }

  /** What `analyze` reads first, and all a step needs that only asks which terms a text has: its language, terms and corrections. */
  readTerms(question: Reading, languageOf = question): Pick<AnalyzedQuery, 'lang' | 'terms' | 'corrections'> {
    const lang = this.detectLanguage(languageOf);
    const corrections: string[] = [];
    const fixWord = (word: string) => {
      const fixed = this.fixWord(word);
      if (fixed !== word) corrections.push(`${word} → ${fixed}`);
      return fixed;
    };
    return { lang, terms: analyze(question.text, lang ?? 'any', fixWord), corrections };
  }

  private gives(id: string, type: AnswerType): boolean {
    return this.answerTypes.get(id)?.has(type) === true;
  }

  /**
   * A more direct kind of answer (a verbatim quote, for "what did X say")
   * that matches the question as fully as the best entry goes before it.
   */
  private mostDirectFirst(hits: Hit[], asked: Asked | undefined, terms: readonly string[]): Hit[] {
    const [best] = hits;
    if (!best) return hits;
    const direct = hits.find((h) => h.coverage >= best.coverage && this.typedMatch(h, asked, terms) > this.typedMatch(best, asked, terms));
    return direct ? [direct, ...hits.filter((h) => h !== direct)] : hits;
  }

  /**
   * A question that names no state ("has anyone ratified it yet?", "when was
   * it signed?") is not about one state's signature: an entry that is goes
   * after one that is not and matches the question as fully, as directly.
   */
  private generalFirst(hits: Hit[], query: AnalyzedQuery, asked: Asked | undefined, terms: readonly string[]): Hit[] {
    const [best] = hits;
    if (!best || query.namesAState || !this.aboutOneState.has(best.entry.id)) return hits;
    const typed = (h: Hit) => this.typedMatch(h, asked, terms);
    const general = hits.find((h) => !this.aboutOneState.has(h.entry.id) && h.coverage >= best.coverage && typed(h) >= typed(best));
    return general ? [general, ...hits.filter((h) => h !== general)] : hits;
  }

  /**
   * "Who signed for Viet Nam?", "who signed for the host country?": a question that names a state and asks
   * who gets the entry about that one state's signature that names a person, when it matches as fully.
   */
  private oneStateFirst(hits: Hit[], query: AnalyzedQuery, asked: Asked | undefined): Hit[] {
    const [best] = hits;
    if (!best || !query.namesAState || asked?.type !== 'person' || this.aboutOneState.has(best.entry.id)) return hits;
    const signer = hits.find((h) => this.aboutOneState.has(h.entry.id) && this.gives(h.entry.id, 'person') && h.coverage >= best.coverage);
    return signer ? [signer, ...hits.filter((h) => h !== signer)] : hits;
  }

  /**
   * A quote in another language than the question's goes after one in the question's language that
   * matches it as fully: "what did Guterres say?" gets his English words, "qu'a dit Guterres ?" his French ones.
   */
  private readersLanguageFirst(hits: Hit[], lang: Lang | undefined): Hit[] {
    const [best] = hits;
    const languageOf = (hit: Hit) => (hit.entry.kind === 'quote' ? hit.entry.language : undefined);
    if (!best || lang === undefined || languageOf(best) === undefined || languageOf(best) === lang) return hits;
    const mine = hits.find((h) => languageOf(h) === lang && h.coverage >= best.coverage);
    return mine ? [mine, ...hits.filter((h) => h !== mine)] : hits;
  }

  /**
   * An entry that gives the kind of answer asked for, and matches enough of
   * the question to be trusted for it. A question with a word the knowledge
   * base has never seen, even with a typo, may be about something else
   * ("combien de jours de congé…"): it gets no such trust.
   */
  private givesAsked(hit: Hit, asked: Asked | undefined, terms: readonly string[]): boolean {
    return (
      asked !== undefined &&
      hit.coverage >= TYPED_MIN_COVERAGE &&
      this.answering.get(asked.type)?.has(hit.entry.id) === true &&
      !(asked.past && asked.type !== 'deadline' && this.gives(hit.entry.id, 'deadline')) &&
      terms.every((term) => this.documentFrequency.has(term) || hit.matchedTerms.has(term))
    );
  }

  /**
   * How directly an entry gives the kind of answer asked for, when that puts
   * it first: 0 when it does not, higher when more directly (a quote before a
   * report of a speech).
   */
  private typedMatch(hit: Hit, asked: Asked | undefined, terms: readonly string[]): number {
    if (asked === undefined || ONLY_RAISES.has(asked.type) || !this.givesAsked(hit, asked, terms)) return 0;
    const satisfying = satisfiedBy(asked.type);
    const at = satisfying.findIndex((type) => this.gives(hit.entry.id, type));
    return satisfying.length - at;
  }

  /** The kinds of answer an entry gives (see answer-types.ts). */
  answerTypesOf(id: string): ReadonlySet<AnswerType> {
    return this.answerTypes.get(id) ?? new Set();
  }

  /** Whether a folded word is one the knowledge base or a question's grammar knows ("article", "des", "ratified"). */
  knowsWord(word: string): boolean {
    return isStopWord(word, 'any') || isSynonymVariant(word) || this.documentFrequency.has(stem(word));
  }

  /** Whether any entry is indexed under this term. */
  knows(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** The terms an entry is indexed under. */
  termsOf(id: string): ReadonlySet<string> {
    return this.termsById.get(id) ?? new Set();
  }

  /** Whether a term is found in no more than the share of entries that makes it specific. */
  isSpecific(term: string): boolean {
    return (this.documentFrequency.get(term) ?? 0) / this.index.documentCount < COMMON_TERM_SHARE;
  }

  search(request: SearchRequest): SearchOutcome {
    const query = typeof request.query === 'string' ? this.analyze(new Reading(request.query)) : request.query;
    const { lang, terms, names } = query;
    if (terms.length === 0) return { status: 'declined', lang, reason: 'no-terms', nearest: [] };

    const { kinds, only } = request;
    const asked: Asked | undefined = request.asked && { type: request.asked, past: request.past };
    // MiniSearch asks for a document's boost at every posting it reads.
    const answering = asked && this.answering.get(asked.type);
    const results = this.index.search(terms.join(' '), {
      boost: BOOST,
      // Prefixes find other forms of a word (adopt → adoption); a name has no
      // other forms, and "France" must not find "français". Most words have no longer form in the index:
      // MiniSearch is not asked to walk its tree for one.
      prefix: (term) => term.length >= 4 && !NUMBER.test(term) && !names.has(term) && this.hasLongerForm(term),
      fuzzy: (term) => this.typoTolerance(term),
      weights: { fuzzy: 0.4, prefix: 0.6 },
      filter: kinds || only ? (r) => (!kinds || kinds.includes(this.entry(r.id as string).kind)) && (!only || only.has(r.id as string)) : undefined,
      boostDocument: asked ? (id: string) => (answering?.has(id) ? ASKED_TYPE_BOOST : 1) : undefined,
    });
    // BM25 alone favours entries that repeat one query word; an entry that
    // matches the whole question should win over one that matches a part,
    // and one that gives the kind of answer asked for over one that does not.
    const phraseWords = phraseWordsOf(terms);
    // Whether an entry gives the asked kind is judged on the question's ideas: a word a synonym phrase kept
    // beside its term ("finie" in "la cérémonie est finie") is that term's.
    const typedTerms = terms.filter((term) => !phraseWords.has(term));
    // Untrusted with the asked kind (someone's words when no one quoted is named), an entry that gives it
    // goes first only if it could be the answer: not before one that matches the question fully.
    const trusted = request.trustAsked !== false;
    // Each hit's place is worked out once, not at every comparison of the sort.
    const ranked = results.slice(0, RERANK_DEPTH).map((r) => {
      const hit = this.toHit(r, terms, names, request.optional, phraseWords);
      const typed = Number(this.typedMatch(hit, asked, typedTerms) > 0 && (trusted || hit.coverage >= MIN_COVERAGE));
      return { hit, typed, rank: hit.score * hit.coverage ** 2 };
    });
    ranked.sort((a, b) => b.typed - a.typed || b.rank - a.rank);
    const hits = this.readersLanguageFirst(this.oneStateFirst(this.generalFirst(
      this.mostDirectFirst(
        ranked.map((r) => r.hit),
        asked,
        typedTerms,
      ),
      query,
      asked,
      typedTerms,
    ), query, asked), lang);
    const overview = only ? undefined : this.overviewFor(terms, kinds);
    if (overview) {
      return { status: 'answered', lang, best: overview, others: hits.filter((h) => h.entry !== overview.entry).slice(0, request.others ?? 4), overview: true };
    }
    const [best, ...rest] = hits;
    if (!best) return { status: 'declined', lang, reason: 'no-match', nearest: [] };
    const passingMention = terms.length === 1 && !request.optional?.has(terms[0] as string) && !this.isAbout(results, best.entry.id);
    const typed = request.trustAsked !== false && this.givesAsked(best, asked, typedTerms);
    const reason: DeclineReason | undefined =
      best.coverage < (typed ? TYPED_MIN_COVERAGE : MIN_COVERAGE) ? 'low-confidence'
      : this.namesSomethingElse(terms, names, best, request.optional) || request.requires?.(best.entry.id, best.matchedTerms) === false ? 'unknown-name'
      : !typed && this.matchedOnlyTheSetting(terms, best, request.optional) ? 'generic-match'
      : passingMention ? 'passing-mention'
      : undefined;
    if (reason) return { status: 'declined', lang, reason, nearest: hits.slice(0, 3) };
    const others = rest
      .filter((h) => h.score >= best.score * RELATED_SCORE_RATIO && h.coverage >= MIN_COVERAGE)
      .slice(0, request.others ?? 4);
    return { status: 'answered', lang, best, others };
  }

  /** Entries whose words start like `prefix`, best first, for autocomplete. */
  suggest(prefix: string, kinds: readonly EntryKind[], limit: number): Entry[] {
    const terms = analyze(prefix, 'any');
    if (terms.length === 0) return [];
    return this.index
      .search(terms.join(' '), {
        boost: BOOST,
        prefix: true,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        combineWith: 'AND',
        filter: (r) => kinds.includes(this.entry(r.id as string).kind),
      })
      .slice(0, limit)
      .map((r) => this.entry(r.id as string));
  }

  /**
   * Whether an entry matched the question in what says what it is about (its title, keywords, readers'
   * questions, speaker or topic), not only in passing in its text: a question of one word ("clear",
   * "deep") that an entry only uses in a sentence is not a question about that entry.
   */
  private isAbout(results: readonly SearchResult[], id: string): boolean {
    const match = results.find((r) => r.id === id)?.match ?? {};
    return Object.values(match).some((fields) => fields.some((field) => field !== 'body'));
  }

  /**
   * A name or a year the knowledge base has never seen, and that the best
   * entry does not match even with a typo ("Budapest", "Putin", "2027"),
   * means the question is about something else, however well its other words
   * match.
   */
  private namesSomethingElse(terms: readonly string[], names: ReadonlySet<string>, best: Hit, optional: ReadonlySet<string> | undefined): boolean {
    return terms.some((term) => (names.has(term) || YEAR.test(term)) && !optional?.has(term) && !this.documentFrequency.has(term) && !best.matchedTerms.has(term));
  }

  /**
   * The best entry matched only words most entries share ("Hanoi", "the
   * ceremony") while the question also has specific ones it did not match.
   */
  private matchedOnlyTheSetting(terms: readonly string[], best: Hit, optional: ReadonlySet<string> | undefined): boolean {
    // A word of the question's form ("close", "take place") is not what it is about.
    const specific = (term: string) => this.isSpecific(term) && !optional?.has(term);
    return terms.some(specific) && ![...best.matchedTerms].some(specific);
  }

  /** The overview entry, when every word of the question is one most entries share. */
  private overviewFor(terms: readonly string[], kinds: readonly EntryKind[] | undefined): Hit | undefined {
    if (!this.overview || (kinds && !kinds.includes(this.overview.kind))) return undefined;
    const n = this.index.documentCount;
    const generic = terms.every((term) => (this.documentFrequency.get(term) ?? 0) / n >= GENERIC_TERM_SHARE);
    return generic ? { entry: this.overview, score: 1, coverage: 1, matchedTerms: new Set(terms) } : undefined;
  }

  /**
   * `phraseWords`: the words a multi-word synonym kept beside its canonical term, by word: once the
   * entry matches the canonical term, they are the same idea and count no more.
   */
  private toHit(result: SearchResult, terms: readonly string[], names: ReadonlySet<string>, optional: ReadonlySet<string> | undefined, phraseWords: ReadonlyMap<string, string>): Hit {
    const matched = new Set(result.queryTerms);
    // The index's own terms that matched: the question's term itself when it matched exactly.
    const exact = result.match;
    let total = 0;
    let covered = 0;
    for (const term of terms) {
      if (optional?.has(term) && !matched.has(term)) continue;
      const canonical = phraseWords.get(term);
      if (canonical !== undefined && matched.has(canonical)) continue;
      const df = this.documentFrequency.get(term) ?? 0;
      const unknownWeight = names.has(term) || DIGIT.test(term) ? 1 : UNKNOWN_WORD_WEIGHT;
      const weight = this.idf(df) * (df === 0 ? unknownWeight : 1);
      total += weight;
      if (Object.hasOwn(exact, term)) covered += weight;
      else if (matched.has(term)) covered += weight * INEXACT_MATCH_CREDIT;
    }
    return { entry: this.entry(result.id as string), score: result.score, coverage: total === 0 ? 0 : covered / total, matchedTerms: matched };
  }

  private entry(id: string): Entry {
    const entry = this.kb.entries.get(id);
    if (!entry) throw new Error(`search index and knowledge base disagree on entry ${id}`);
    return entry;
  }

  /**
   * How many edits a word may be off by: none for a word the index knows
   * (looking for its neighbours only adds noise, and is the costly part of a
   * search), one from five letters, two from ten ("adoptation"). A swapped
   * pair (premeir) is put right before the search (typos.ts); two edits in a
   * shorter word find other words ("contract" → "montrant").
   */
  private typoTolerance(term: string): number | false {
    if (this.documentFrequency.has(term) || DIGIT.test(term) || term.length < 5) return false;
    return term.length >= TWO_TYPOS_FROM ? 2 : 1;
  }

  /** Whether an indexed term starts with `term` and is longer. */
  private hasLongerForm(term: string): boolean {
    let low = 0;
    let high = this.sortedTerms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sortedTerms[middle] as string) < term) low = middle + 1;
      else high = middle;
    }
    const next = this.sortedTerms[this.sortedTerms[low] === term ? low + 1 : low];
    return next !== undefined && next.startsWith(term);
  }

  /** BM25's inverse document frequency; a word found nowhere weighs the most. */
  private idf(documentFrequency: number): number {
    const n = this.index.documentCount;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }
}
