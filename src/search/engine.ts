// Full-text search over the knowledge base with MiniSearch, plus the
// confidence rule that lets the bot decline instead of returning the nearest
// entry to a question it cannot answer.
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { Lang } from '../knowledge/schema.ts';
import type { Entry, EntryKind, KnowledgeBase } from '../knowledge/types.ts';
import { SEARCH_FIELDS, buildDocuments, type SearchDocument } from './documents.ts';
import { detectLanguage } from './language.ts';
import { analyze, fold } from './text.ts';

export interface Hit {
  entry: Entry;
  score: number;
  /** Share (0–1) of the question's weight, by term specificity, that this entry matches. */
  coverage: number;
  /** The question's terms this entry matched, exactly, by prefix or with a typo. */
  matchedTerms: ReadonlySet<string>;
}

export type SearchOutcome =
  | { status: 'answered'; lang: Lang | undefined; best: Hit; others: Hit[] }
  | { status: 'declined'; lang: Lang | undefined; reason: 'no-terms' | 'no-match' | 'low-confidence'; nearest: Hit[] };

export interface SearchRequest {
  query: string;
  /** Restrict to these kinds of entry (e.g. quotes for /quote). */
  kinds?: readonly EntryKind[];
  /** How many further hits to return beside the best one. */
  others?: number;
}

/**
 * Tuned on the development question set (test/questions.yaml): below this
 * share of the question matched, answers were more often wrong than right.
 */
export const MIN_COVERAGE = 0.5;
/** How many BM25 results are re-ranked by how much of the question they cover. */
const RERANK_DEPTH = 20;
/** A word matched only through a typo or a prefix counts for this much of an exact match. */
const INEXACT_MATCH_CREDIT = 0.8;
/**
 * A word found nowhere in the knowledge base counts at this share of the
 * weight of the rarest word — full weight for a name or a number ("Putin",
 * "NIS2"), whose absence means the question is about something else; half
 * for an ordinary word ("came", "building"), usually just phrasing.
 */
const UNKNOWN_WORD_WEIGHT = 1;
/** "What did … say" questions favour quotes by this factor. */
const QUOTE_INTENT_BOOST = 1.5;
/** A question made only of words found in at least this share of entries ("the convention") asks for the overview. */
const GENERIC_TERM_SHARE = 0.5;
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

/** Terms that come from capitalised words in the question: names, not word forms. */
function properNameTerms(query: string): Set<string> {
  const words = query.match(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.flatMap((word) => analyze(word, 'any')));
}

/** Words that ask what someone said: dit, déclaré, said, quote… (matched on folded text). */
const QUOTE_INTENT = /(?<![\p{L}])(dit|dire|declare|declaree|parle|say|said|says|words|quote|quotes|citation|citations|cite)(?![\p{L}])/u;

export interface SearchEngineOptions {
  /** The entry that answers a question about the Convention as a whole ("what is the convention?"). */
  overviewEntry?: string;
}

/** The built index, as the knowledge snapshot stores it (plain data: MiniSearch's own serialization). */
export interface SearchIndexState {
  index: AsPlainObject;
  documentFrequency: ReadonlyMap<string, number>;
}

const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: ['kind'],
  // Fields arrive analyzed (see documents.ts): split on the spaces we joined them with.
  tokenize: (text) => text.split(' '),
  processTerm: (term) => term || null,
};

export class SearchEngine {
  private readonly index: MiniSearch<SearchDocument>;
  private readonly documentFrequency: Map<string, number>;
  private readonly overview: Entry | undefined;

  /** With `prebuilt` (from a snapshot of this knowledge base), the index is restored instead of built. */
  constructor(
    private readonly kb: KnowledgeBase,
    options: SearchEngineOptions = {},
    prebuilt?: SearchIndexState,
  ) {
    if (options.overviewEntry !== undefined && !kb.entries.has(options.overviewEntry)) {
      throw new Error(`the search overview entry "${options.overviewEntry}" is not in the knowledge base`);
    }
    this.overview = options.overviewEntry === undefined ? undefined : kb.entries.get(options.overviewEntry);
    if (prebuilt) {
      this.index = MiniSearch.loadJS<SearchDocument>(prebuilt.index, INDEX_OPTIONS);
      this.documentFrequency = new Map(prebuilt.documentFrequency);
      return;
    }
    const documents = buildDocuments(kb);
    this.index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
    this.index.addAll(documents);
    this.documentFrequency = new Map();
    for (const doc of documents) {
      const terms = new Set(SEARCH_FIELDS.flatMap((f) => doc[f].split(' ')).filter(Boolean));
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
  }

  /** The built index, for the knowledge snapshot. */
  indexState(): SearchIndexState {
    return { index: this.index.toJSON(), documentFrequency: this.documentFrequency };
  }

  get size(): number {
    return this.index.documentCount;
  }

  search(request: SearchRequest): SearchOutcome {
    const lang = detectLanguage(request.query);
    const terms = analyze(request.query, lang ?? 'any');
    if (terms.length === 0) return { status: 'declined', lang, reason: 'no-terms', nearest: [] };

    const kinds = request.kinds;
    const names = properNameTerms(request.query);
    const results = this.index.search(terms.join(' '), {
      boost: BOOST,
      // Prefixes find other forms of a word (adopt → adoption); a name has no
      // other forms, and "France" must not find "français".
      prefix: (term) => term.length >= 4 && !/^\d+$/.test(term) && !names.has(term),
      fuzzy: (term) => this.typoTolerance(term),
      weights: { fuzzy: 0.4, prefix: 0.6 },
      filter: kinds ? (r) => kinds.includes(r.kind as EntryKind) : undefined,
    });
    // BM25 alone favours entries that repeat one query word; an entry that
    // matches the whole question should win over one that matches a part.
    const quoteIntent = QUOTE_INTENT.test(fold(request.query));
    const rank = (h: Hit) => h.score * h.coverage ** 2 * (quoteIntent && h.entry.kind === 'quote' ? QUOTE_INTENT_BOOST : 1);
    const hits = results
      .slice(0, RERANK_DEPTH)
      .map((r) => this.toHit(r, terms, names))
      .sort((a, b) => rank(b) - rank(a));
    const overview = this.overviewFor(terms, kinds);
    if (overview) return { status: 'answered', lang, best: overview, others: hits.filter((h) => h.entry !== overview.entry).slice(0, request.others ?? 4) };
    const [best, ...rest] = hits;
    if (!best) return { status: 'declined', lang, reason: 'no-match', nearest: [] };
    if (best.coverage < MIN_COVERAGE || this.namesSomethingElse(terms, names, best)) {
      return { status: 'declined', lang, reason: 'low-confidence', nearest: hits.slice(0, 3) };
    }
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
        filter: (r) => kinds.includes(r.kind as EntryKind),
      })
      .slice(0, limit)
      .map((r) => this.entry(r.id as string));
  }

  /**
   * A name the knowledge base has never seen, and that the best entry does
   * not match even with a typo ("Budapest", "Putin"), means the question is
   * about something else, however well its other words match.
   */
  private namesSomethingElse(terms: readonly string[], names: ReadonlySet<string>, best: Hit): boolean {
    return terms.some((term) => names.has(term) && !this.documentFrequency.has(term) && !best.matchedTerms.has(term));
  }

  /** The overview entry, when every word of the question is one most entries share. */
  private overviewFor(terms: readonly string[], kinds: readonly EntryKind[] | undefined): Hit | undefined {
    if (!this.overview || (kinds && !kinds.includes(this.overview.kind))) return undefined;
    const n = this.index.documentCount;
    const generic = terms.every((term) => (this.documentFrequency.get(term) ?? 0) / n >= GENERIC_TERM_SHARE);
    return generic ? { entry: this.overview, score: 1, coverage: 1, matchedTerms: new Set(terms) } : undefined;
  }

  private toHit(result: SearchResult, terms: readonly string[], names: ReadonlySet<string>): Hit {
    const matched = new Set(result.queryTerms);
    const exact = new Set(result.terms);
    let total = 0;
    let covered = 0;
    for (const term of terms) {
      const df = this.documentFrequency.get(term) ?? 0;
      const unknownWeight = names.has(term) || /\d/.test(term) ? 1 : UNKNOWN_WORD_WEIGHT;
      const weight = this.idf(df) * (df === 0 ? unknownWeight : 1);
      total += weight;
      if (exact.has(term)) covered += weight;
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
   * search), one from five letters, two from seven so a swapped pair
   * (premeir) still matches.
   */
  private typoTolerance(term: string): number | false {
    if (this.documentFrequency.has(term) || /\d/.test(term) || term.length < 5) return false;
    return term.length >= 7 ? 2 : 1;
  }

  /** BM25's inverse document frequency; a word found nowhere weighs the most. */
  private idf(documentFrequency: number): number {
    const n = this.index.documentCount;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }
}
