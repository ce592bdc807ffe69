// Resolves an entry's citation references into full citations. A source is
// listed once per answer, with every place in it that the answer relies on.
import type { CitationRef } from '../knowledge/schema.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Citation, Citations } from './reply.ts';

export type CitationRefs = readonly [CitationRef, ...CitationRef[]];

export function resolveCitation(kb: KnowledgeBase, ref: CitationRef): Citation {
  const source = kb.sources.get(ref.source);
  // The loader guarantees every reference resolves; reaching this is a bug.
  if (!source) throw new Error(`citation to unknown source ${ref.source}`);
  return {
    sourceId: source.id,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    date: source.published,
    locator: ref.locator,
    ...(ref.excerpt ? { excerpt: ref.excerpt } : {}),
  };
}

/**
 * Collects citations in order of first use and gives each reference its
 * index. It starts from the main entry's references, so it is never empty.
 */
export class CitationList {
  private readonly first: Citation;
  private readonly rest: Citation[] = [];
  private readonly indexBySource = new Map<string, number>();

  constructor(
    private readonly kb: KnowledgeBase,
    [mainRef, ...mainRest]: CitationRefs,
  ) {
    this.first = resolveCitation(kb, mainRef);
    this.indexBySource.set(mainRef.source, 0);
    for (const ref of mainRest) this.addOne(ref);
  }

  /** Adds the references and returns the index of the first one. */
  add([ref, ...more]: CitationRefs): number {
    const index = this.addOne(ref);
    for (const r of more) this.addOne(r);
    return index;
  }

  toCitations(): Citations {
    return [this.first, ...this.rest];
  }

  private addOne(ref: CitationRef): number {
    const known = this.indexBySource.get(ref.source);
    if (known !== undefined) {
      const citation = known === 0 ? this.first : (this.rest[known - 1] as Citation);
      const locators = citation.locator.split('; ');
      if (!locators.includes(ref.locator)) citation.locator = [...locators, ref.locator].join('; ');
      return known;
    }
    this.rest.push(resolveCitation(this.kb, ref));
    this.indexBySource.set(ref.source, this.rest.length);
    return this.rest.length;
  }
}
