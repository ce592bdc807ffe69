// Structured answer: "who signed?", "list of signatories", "quels pays ont
// signé ?" get the counts and the named signatories (src/signatories); so does
// a count by region ("how many African countries signed?"), which only the
// list gives.
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { StructuredResolver } from '../search/pipeline.ts';
import { analyze } from '../search/text.ts';
import { SIGNATORIES_LIST_ID, findCountries, signatoriesAnswer } from '../signatories/index.ts';
import { REGIONS, SETTING, SIGNING, otherSubjects } from './status-words.ts';

/** Words that ask for the whole list. */
const LIST = new Set([
  ...analyze('list liste all every tous toutes which quels quelles names noms full complete complète entière', 'any'),
  ...analyze('danh sách những các nước quốc gia tất cả hết toàn bộ đầy đủ tên', 'vi'),
]);

/** Taking part in the signing: "how many Asia-Pacific countries took part?". */
const TAKING_PART = new Set([...analyze('participate participated participating participer participé participe joined rejoint', 'any'), ...analyze('tham gia', 'vi')]);

/** The European Union, which a regional count names beside Europe ("how many European countries signed besides the EU?"). */
// "eu" is a French stop word: the English reading keeps it.
const UNION = new Set([...analyze('EU UE European Union', 'en'), ...analyze('Union européenne', 'fr'), ...analyze('Liên minh châu Âu', 'vi')]);

export function signatoriesListResolver(kb: KnowledgeBase, engine: SearchEngine): StructuredResolver {
  return {
    name: 'signatories',
    resolve({ reading, read, asked, position }) {
      // "How many" wants a count the search finds, unless by region; "who" may be answered by the list.
      const byRegion = read.terms.some((term) => REGIONS.has(term));
      if (position !== undefined || (asked && asked.type !== 'person' && !(byRegion && asked.type === 'number'))) return undefined;
      // "The European Union" is a signatory, not a region.
      const states = findCountries(reading).filter((country) => !(byRegion && country.code === 'eu'));
      if (!read.terms.some((term) => SIGNING.has(term)) || states.length > 0) return undefined;
      if (otherSubjects(engine, read.terms, SIGNING, LIST, SETTING, REGIONS, TAKING_PART, byRegion ? UNION : new Set()).length > 0) return undefined;
      return { entryId: SIGNATORIES_LIST_ID, found: 'the signatories', compose: (lang) => signatoriesAnswer(kb, lang) };
    },
  };
}
