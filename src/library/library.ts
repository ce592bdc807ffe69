// What the bot serves from: a validated knowledge base, its search index and
// the pipeline /ask runs over both, always together, so nothing ever searches
// one and answers from another.
import type { KnowledgeBase } from '../knowledge/types.ts';
import { structuredResolvers } from '../resolvers/index.ts';
import { SearchEngine, type SearchIndexState } from '../search/engine.ts';
import { QuestionPipeline } from '../search/pipeline.ts';

export interface Library {
  readonly kb: KnowledgeBase;
  readonly search: SearchEngine;
  readonly pipeline: QuestionPipeline;
}

/** What the bot answers to "what is the convention?": its purpose, as its title states. */
const OVERVIEW_ENTRY = 'convention-purpose';

/** Indexes a knowledge base; with `prebuilt` (a snapshot's index), reuses that index instead of building it. */
export function libraryOf(kb: KnowledgeBase, prebuilt?: SearchIndexState): Library {
  const search = new SearchEngine(kb, { overviewEntry: OVERVIEW_ENTRY }, prebuilt);
  return { kb, search, pipeline: new QuestionPipeline(kb, search, structuredResolvers(kb, search)) };
}
