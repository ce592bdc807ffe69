// What the bot serves from: a validated knowledge base and its search index,
// always as a pair, so nothing ever searches one and answers from another.
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { SearchIndexState } from '../search/engine.ts';
import { RememberingSearchEngine } from '../search/recent.ts';

export interface Library {
  readonly kb: KnowledgeBase;
  readonly search: RememberingSearchEngine;
}

/** What the bot answers to "what is the convention?": its purpose, as its title states. */
const OVERVIEW_ENTRY = 'convention-purpose';

/** Indexes a knowledge base; with `prebuilt` (a snapshot's index), reuses that index instead of building it. */
export function libraryOf(kb: KnowledgeBase, prebuilt?: SearchIndexState): Library {
  return { kb, search: new RememberingSearchEngine(kb, { overviewEntry: OVERVIEW_ENTRY }, prebuilt) };
}
