// Resolves an entry's citation references into full citations. A source is
// listed once per reply, with every place in it that the reply relies on,
// and every reference gets the number of its source so a sentence can be
// marked with exactly the sources it rests on.
import type { CitationRef } from '../knowledge/schema.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Citation, CitedPassage, Citations } from './reply.ts';

export type CitationRefs = readonly [CitationRef, ...CitationRef[]];

function passageOf(ref: CitationRef): CitedPassage {
  return {
    ...(ref.locator ? { locator: ref.locator } : {}),
    ...(ref.excerpt ? { excerpt: ref.excerpt } : {}),
    ...(ref.summary ? { summary: ref.summary } : {}),
  };
}

export function resolveCitation(kb: KnowledgeBase, ref: CitationRef): Citation {
  const source = kb.sources.get(ref.source);
  // The loader guarantees every reference resolves; reaching this is a bug.
  if (!source) throw new Error(`citation to unknown source ${ref.source}`);
  return {
    sourceId: source.id,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    ...(source.published ? { published: source.published } : {}),
    checked: source.checked,
    passages: [passageOf(ref)],
  };
}

/**
 * Collects citations in order of first use. It starts from the main entry's
 * references, so it is never empty.
 */
export class CitationList {
  private readonly first: Citation;
  private readonly rest: Citation[] = [];
  private readonly indexBySource = new Map<string, number>();
  /** The passages each source already lists, as text: a list answer cites one source in dozens of places. */
  private readonly passageKeys = new Map<Citation, Set<string>>();
  /** The numbers (0-based) of the main entry's sources. */
  readonly mainIndexes: readonly number[];

  constructor(
    private readonly kb: KnowledgeBase,
    [mainRef, ...mainRest]: CitationRefs,
  ) {
    this.first = resolveCitation(kb, mainRef);
    this.indexBySource.set(mainRef.source, 0);
    this.mainIndexes = unique([0, ...mainRest.map((ref) => this.addOne(ref))]);
  }

  /** Adds the references and returns the numbers (0-based) of their sources, each once, in order. */
  add(refs: readonly CitationRef[]): number[] {
    return unique(refs.map((ref) => this.addOne(ref)));
  }

  /** Who published a source the knowledge base cites (the loader guarantees it exists). */
  publisherOf(sourceId: string): string {
    return this.kb.sources.get(sourceId)?.publisher ?? sourceId;
  }

  toCitations(): Citations {
    return [this.first, ...this.rest];
  }

  private addOne(ref: CitationRef): number {
    const known = this.indexBySource.get(ref.source);
    if (known !== undefined) {
      const citation = known === 0 ? this.first : (this.rest[known - 1] as Citation);
      let keys = this.passageKeys.get(citation);
      if (!keys) this.passageKeys.set(citation, (keys = new Set(citation.passages.map((p) => JSON.stringify(p)))));
      const passage = passageOf(ref);
      const key = JSON.stringify(passage);
      if (!keys.has(key)) {
        keys.add(key);
        citation.passages.push(passage);
      }
      return known;
    }
    this.rest.push(resolveCitation(this.kb, ref));
    this.indexBySource.set(ref.source, this.rest.length);
    return this.rest.length;
  }
}

function unique(numbers: readonly number[]): number[] {
  return [...new Set(numbers)];
}

/** " [1]", " [1, 3]": the marker of a sentence resting on these sources (0-based numbers); none for a line cited elsewhere. */
export function marker(indexes: readonly number[]): string {
  return indexes.length === 0 ? '' : ` [${indexes.map((i) => i + 1).join(', ')}]`;
}
