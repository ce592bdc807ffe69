// Structured answer: "who signed second / 5th / en dixième position?" is
// answered by the signing order, which says which state the source names at
// that position or plainly that it names no such position.
import { composeAnswer } from '../answer/compose.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { StructuredResolver } from '../search/pipeline.ts';
import { analyze } from '../search/text.ts';

/** Words that make an ordinal a signing position: signing itself, or order and rank. */
const ORDER_TERMS = new Set(analyze('signature position rang rank order ordre', 'any'));

export function signingPositionResolver(kb: KnowledgeBase): StructuredResolver {
  return {
    name: 'signing position',
    resolve({ position, read }) {
      if (position === undefined || !read.terms.some((term) => ORDER_TERMS.has(term))) return undefined;
      return {
        entryId: kb.signing.id,
        found: `position ${position}`,
        compose: (lang) => composeAnswer(kb, kb.signing, lang, { position }),
      };
    },
  };
}
