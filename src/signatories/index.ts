// Who signed, for question understanding and the commands. Pure functions, no
// Discord; the lookup tables are built once, when the module loads.
//
//   findCountries(text): CountryMention[]
//     The countries (ISO 3166-1 alpha-2, lower case) and the EU (`eu`) a free
//     text names, in order, each once: English, French and Vietnamese names
//     and common aliases (UK, USA, "US" in capitals only, UE, RDC, Holland…),
//     whole words only, one typo forgiven in a word of five letters or more.
//   findNationalities(text): CountryMention[]
//     The states a text names by their people or adjective ("the Japanese",
//     "le ministre japonais", "người Nhật"), not as a language ("en français").
//   signatoryAnswer(kb, code, lang): Answer
//     What the sources say of that state (signed / reported / reported as not
//     signing / not named; ratification steps; the date checked). entryIds[0]
//     is `signatory-<code>` whatever the status. Unknown code: undefined.
//   signatoriesAnswer(kb, lang): Answer
//     The counts (72 in Hanoi, 64 on day one, by region, Fiji the 74th) and the
//     named signatories, grouped by what confirms them. entryIds[0] is
//     `signatories-list`.
import { composeAnswer } from '../answer/compose.ts';
import type { Answer } from '../answer/reply.ts';
import type { Lang } from '../knowledge/schema.ts';
import { SIGNATORIES_LIST_ID, signatoryId } from '../knowledge/signatories.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';

export { findCountries, type CountryMention } from '../countries/find.ts';
export { findNationalities } from '../countries/nationalities.ts';
export { countryName, COUNTRIES } from '../countries/names.ts';
export { SIGNATORIES_LIST_ID, signatoryId } from '../knowledge/signatories.ts';
export { signatoryStatus, type SignatoryStatus } from './compose.ts';

export function signatoryAnswer(kb: KnowledgeBase, code: string, lang: Lang): Answer | undefined {
  const entry = kb.entries.get(signatoryId(code));
  return entry?.kind === 'signatory' ? composeAnswer(kb, entry, lang) : undefined;
}

export function signatoriesAnswer(kb: KnowledgeBase, lang: Lang): Answer {
  const entry = kb.entries.get(SIGNATORIES_LIST_ID);
  // The loader always builds it.
  if (!entry) throw new Error(`${SIGNATORIES_LIST_ID} missing from the knowledge base`);
  return composeAnswer(kb, entry, lang);
}
