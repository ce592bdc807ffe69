// The structured resolvers /ask tries before searching, in order: the first
// that recognises what a question names answers it.
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { StructuredResolver } from '../search/pipeline.ts';
import { articleResolver } from './article.ts';
import { articleSubjectResolver } from './article-subject.ts';
import { messageResolver } from './message.ts';
import { signatoriesListResolver } from './signatories-list.ts';
import { signatoryResolver } from './signatory.ts';
import { signingPositionResolver } from './signing-position.ts';

export function structuredResolvers(kb: KnowledgeBase, engine: SearchEngine): StructuredResolver[] {
  return [
    messageResolver(kb, engine),
    signingPositionResolver(kb),
    articleResolver(kb, engine),
    articleSubjectResolver(kb, engine),
    signatoryResolver(kb, engine),
    signatoriesListResolver(kb, engine),
  ];
}
