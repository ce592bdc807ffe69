// Full-text search over the knowledge base with MiniSearch, plus the
// confidence rule that lets the bot decline instead of returning the nearest
// entry to a question it cannot answer.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Lang } from '../knowledge/schema.ts';
import type { Entry, EntryKind, KnowledgeBase } from '../knowledge/types.ts';
import { SEARCH_FIELDS, buildDocuments, type SearchDocument } from './documents.ts';
import { detectLanguage } from './language.ts';
import { analyze } from './text.ts';

export interface Hit {
  entry: Entry;
  score: number;
  /** Share (0–1) of the question's weight, by term specificity, that this entry matches. */
  coverage: number;
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
  const words = query.match(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+/gu) ?? [];
  return new Set(words.flatMap((word) => analyze(word, 'any')));
}

export class SearchEngine {
  private readonly index: MiniSearch<SearchDocument>;
  private readonly documentFrequency = new Map<string, number>();

  constructor(private readonly kb: KnowledgeBase) {
    const documents = buildDocuments(kb);
    this.index = new MiniSearch<SearchDocument>({
      fields: [...SEARCH_FIELDS],
      storeFields: ['kind'],
      // Fields arrive analyzed (see documents.ts): split on the spaces we joined them with.
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term || null,
    });
    this.index.addAll(documents);
    for (const doc of documents) {
      const terms = new Set(SEARCH_FIELDS.flatMap((f) => doc[f].split(' ')).filter(Boolean));
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
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
      // Two edits from seven letters on, so a swapped pair (premeir) still matches.
      fuzzy: (term) => (/\d/.test(term) || term.length < 5 ? false : term.length >= 7 ? 2 : 1),
      weights: { fuzzy: 0.4, prefix: 0.6 },
      filter: kinds ? (r) => kinds.includes(r.kind as EntryKind) : undefined,
    });
    // BM25 alone favours entries that repeat one query word; an entry that
    // matches the whole question should win over one that matches a part.
    const hits = results
      .slice(0, RERANK_DEPTH)
      .map((r) => this.toHit(r, terms))
      .sort((a, b) => b.score * b.coverage ** 2 - a.score * a.coverage ** 2);
    const [best, ...rest] = hits;
    if (!best) return { status: 'declined', lang, reason: 'no-match', nearest: [] };
    if (best.coverage < MIN_COVERAGE) {
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

  private toHit(result: SearchResult, terms: readonly string[]): Hit {
    const matched = new Set(result.queryTerms);
    const exact = new Set(result.terms);
    let total = 0;
    let covered = 0;
    for (const term of terms) {
      const weight = this.idf(this.documentFrequency.get(term) ?? 0);
      total += weight;
      if (exact.has(term)) covered += weight;
      else if (matched.has(term)) covered += weight * INEXACT_MATCH_CREDIT;
    }
    return { entry: this.entry(result.id as string), score: result.score, coverage: total === 0 ? 0 : covered / total };
  }

  private entry(id: string): Entry {
    const entry = this.kb.entries.get(id);
    if (!entry) throw new Error(`search index and knowledge base disagree on entry ${id}`);
    return entry;
  }

  /** BM25's inverse document frequency; a word found nowhere weighs the most. */
  private idf(documentFrequency: number): number {
    const n = this.index.documentCount;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }
}
