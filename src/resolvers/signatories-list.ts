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

export function signatoriesListResolver(kb: KnowledgeBase, engine: SearchEngine): StructuredResolver {
  return {
    name: 'signatories',
    resolve({ text, read, asked, position }) {
      // "How many" wants a count the search finds, unless by region; "who" may be answered by the list.
      const byRegion = read.terms.some((term) => REGIONS.has(term));
      if (position !== undefined || (asked && asked.type !== 'person' && !(byRegion && asked.type === 'number'))) return undefined;
      // "The European Union" is a signatory, not a region.
      if (!read.terms.some((term) => SIGNING.has(term)) || findCountries(text).length > 0) return undefined;
      if (otherSubjects(engine, read.terms, SIGNING, LIST, SETTING, REGIONS).length > 0) return undefined;
      return { entryId: SIGNATORIES_LIST_ID, found: 'the signatories', compose: (lang) => signatoriesAnswer(kb, lang) };
    },
  };
}
