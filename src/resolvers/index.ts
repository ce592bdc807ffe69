// The structured resolvers /ask tries before searching, in order: the first
// that recognises what a question names answers it.
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { StructuredResolver } from '../search/pipeline.ts';
import { signingPositionResolver } from './signing-position.ts';

export function structuredResolvers(kb: KnowledgeBase): StructuredResolver[] {
  return [signingPositionResolver(kb)];
}
