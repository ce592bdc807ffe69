// Words that tell what a question about signatories asks, shared by the
// resolvers of one state's status and of the list of signatories.
import { phraseWordsOf, type SearchEngine } from '../search/engine.ts';
import { analyze } from '../search/text.ts';
import { withinOneEdit } from '../search/typos.ts';

const terms = (words: string, vietnamese = '') => new Set([...analyze(words, 'any'), ...analyze(vietnamese, 'vi')]);

/** Signing and its synonyms (sign, signed, signatory, signataire…). */
export const SIGNING = terms('signature');
/**
 * A state's status: signing, and the ways the Convention names of consenting
 * to be bound (ratification, acceptance, approval, accession), being a party.
 */
export const STATUS = terms(
  'signature ratification acceptance accept accepted approval approve approved accession accede joined party parties part member members acceptation accepter approbation approuver approuvé adhésion adhérer partie membre membres',
  'ký phê chuẩn chấp thuận phê duyệt gia nhập tham gia thành viên tình trạng',
);
/**
 * Words that do not change what a status question asks: the Convention's own
 * names, and "yet", "already", "officially"…
 */
export const SETTING = terms(
  'convention cybercrime cybercriminalité Hanoi ONU UN yet already still ever officially finally eventually end ended up now today encore déjà toujours jamais officiellement enfin finalement fini finir finit maintenant aujourd hui country countries pays state states état états list liste among parmi',
  'công ước Hà Nội chưa rồi hiện nay bây giờ chính thức nước quốc gia số danh sách bên',
);

/** Who acts for a state when it signs: "did the Japanese minister sign?" asks the state's status. */
export const REPRESENTATIVES = terms(
  'minister ministre government gouvernement delegation délégation representative représentant ambassador ambassadeur official officials authorities autorités people',
  'bộ trưởng chính phủ phái đoàn đại sứ đại diện người',
);

/**
 * The regions the list of signatories counts (Africa, Asia-Pacific, Europe, Latin America), as readers name
 * them: "how many African countries signed?" asks for the list's regional counts.
 */
export const REGIONS = terms(
  'Africa African Africans Afrique africain africaine africains africaines Asia Asian Asians Pacific Asia-Pacific Asie asiatique asiatiques Pacifique Asie-Pacifique Europe European Europeans européen européenne européens européennes Latin America Latin-American Amérique latine latino-américain latino-américains sud-américain region regions région régions continent continents',
  'châu Phi châu Á Thái Bình Dương châu Âu Mỹ Latinh khu vực châu lục',
);

/** "After Vietnam", "in what position", "first": the signing order, not a state's status. */
export const ORDER = /\b(?:after|before|next|following|order|position|rank|first|last|apres|avant|ensuite|suivant|ordre|rang|premier|premiere|dernier|derniere)\b/;

/**
 * The terms of a question that name another subject, once those `expected`
 * (or one letter off a long one: "convension") are set aside: specific words
 * some entry is indexed under, and words no entry knows ("PDF", "phone").
 */
export function otherSubjects(engine: SearchEngine, questionTerms: readonly string[], ...expected: readonly ReadonlySet<string>[]): string[] {
  // A word a synonym phrase kept beside its term ("board" in "on board") is that term's.
  const phraseWords = phraseWordsOf(questionTerms);
  return questionTerms.filter((term) => !phraseWords.has(term) && !expected.some((words) => isOneOf(words, term)) && (!engine.knows(term) || engine.isSpecific(term)));
}

/** Whether `term` is one of `words`, or one letter off a long one ("ratifiction"). */
export function isOneOf(words: ReadonlySet<string>, term: string): boolean {
  return words.has(term) || (term.length >= 7 && [...words].some((word) => word.length >= 7 && withinOneEdit(term, word)));
}
