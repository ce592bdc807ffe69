// Structured answer: "who signed second / 5th / en dixième position?" is
// answered by the signing order, which says which state the source names at
// that position or plainly that it names no such position. A count that a
// fact says was reached by a named signer ("Fiji is the 74th") answers its
// own position: "who was the 74th signatory?" gets that fact.
import { composeAnswer } from '../answer/compose.ts';
import type { FactItem, KnowledgeBase } from '../knowledge/types.ts';
import type { StructuredResolver } from '../search/pipeline.ts';
import { analyze } from '../search/text.ts';

/** Words that make an ordinal a signing position: signing itself, or order and rank. */
const ORDER_TERMS = new Set(analyze('signature position rang rank order ordre', 'any'));

const ORDINAL_SUFFIX = '(?:st|nd|rd|th|e|er|ème|eme)';

/** The fact whose signature count is `position` and whose English text names that position's signer ("the 74th"). */
function factNamingPosition(kb: KnowledgeBase, position: number): FactItem | undefined {
  const ordinal = new RegExp(`\\b${position}${ORDINAL_SUFFIX}\\b`);
  return kb.facts.find((fact) => fact.figures?.signatories === position && ordinal.test(fact.en));
}

export function signingPositionResolver(kb: KnowledgeBase): StructuredResolver {
  return {
    name: 'signing position',
    resolve({ position, read }) {
      if (position === undefined || !read.terms.some((term) => ORDER_TERMS.has(term))) return undefined;
      const fact = factNamingPosition(kb, position);
      if (fact) return { entryId: fact.id, found: `position ${position}, named by a count`, compose: (lang) => composeAnswer(kb, fact, lang) };
      return {
        entryId: kb.signing.id,
        found: `position ${position}`,
        compose: (lang) => composeAnswer(kb, kb.signing, lang, { position }),
      };
    },
  };
}
