// The structured resolvers /ask tries before searching, in order: the first
// that recognises what a question names answers it.
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { StructuredResolver } from '../search/pipeline.ts';
import { articleResolver } from './article.ts';
import { signatoriesListResolver } from './signatories-list.ts';
import { signatoryResolver } from './signatory.ts';
import { signingPositionResolver } from './signing-position.ts';

export function structuredResolvers(kb: KnowledgeBase, engine: SearchEngine): StructuredResolver[] {
  return [signingPositionResolver(kb), articleResolver(kb, engine), signatoryResolver(kb, engine), signatoriesListResolver(kb, engine)];
}
