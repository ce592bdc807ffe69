// The one analyzer used for documents and queries alike, so both sides of a
// match are folded the same way: case and accents (đ included), French
// elision, Vietnamese syllables joined into words, synonyms, stop words of
// each language and a light stemmer.
import type { Lang } from '../knowledge/schema.ts';
import { fold } from '../text/fold.ts';
import { STOP_WORDS } from '../text/stopwords.ts';
import { dropVietnameseQuestionPhrases, joinVietnameseCompounds, VIETNAMESE_STOP_WORDS } from '../text/vietnamese.ts';
import { applyAcronyms, applySynonyms, isSynonymCanonical } from './synonyms.ts';

/**
 * Put before a Vietnamese term: folded, "công" would be the stem of the French
 * "congé", and "conguoc" would be found by its prefix "cong". Terms a synonym
 * shares across languages ("công ước" → convention, "ký" → signature) and
 * numbers stay as they are, so a Vietnamese question still meets French and
 * English text through them.
 */
export const VIETNAMESE_MARK = 'ᵛ';

/**
 * Whether a term could be Vietnamese: one or more syllables as Vietnamese
 * spells them (folded), each an onset, one to three vowels and a final
 * consonant. gh, ngh and k come only before e, i or y, c and ng never do,
 * and f, j, w and z are not Vietnamese letters. A name written in Vietnamese
 * text ("Waly", "Ghada", "Knapper", "Guterres") is left as the other
 * languages write it, so a Vietnamese question still finds it there.
 */
const SYLLABLE = '(?:ngh(?=[eiy])|gh(?=[eiy])|k(?=[eiy])|ng(?![eiy])|nh|ch|gi|kh|ph|qu|th|tr|c(?![eiy])|g(?![eiy])|[bdhlmnprstvx])?(?=([aeiouy]{1,3}))\\1(?:ch|nh|ng|[cmnpt])?';
/** The longest joined word ("trungtamhoinghiquocgia") is shorter: a longer term is not Vietnamese, and is not tried letter by letter. */
const LONGEST_VIETNAMESE_TERM = 24;
const VIETNAMESE_SHAPED = new RegExp(`^(?:${SYLLABLE})+$`);

function vietnameseTerm(term: string): string {
  const vietnamese = term.length <= LONGEST_VIETNAMESE_TERM && VIETNAMESE_SHAPED.test(term) && !isSynonymCanonical(term);
  return vietnamese ? `${VIETNAMESE_MARK}${term}` : stem(term);
}

/** `any` is for text whose language is mixed or unknown (keyword lists, short queries). */
export type AnalyzeLang = Lang | 'any';


// l'assemblée, d'un, qu'a, jusqu'en … and English possessives (guterres's).
const ELISION = /(?<![\p{L}\p{N}])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/gu;
const POSSESSIVE = /'s?(?![\p{L}\p{N}])/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const WORD = /[\p{L}\p{N}]+/gu;

const STOP_WORDS_BY_LANG = { ...STOP_WORDS, vi: VIETNAMESE_STOP_WORDS } as const satisfies Record<Lang, ReadonlySet<string>>;

export function isStopWord(token: string, lang: AnalyzeLang): boolean {
  if (lang === 'any') return STOP_WORDS.fr.has(token) || STOP_WORDS.en.has(token);
  return STOP_WORDS_BY_LANG[lang].has(token);
}

/**
 * A light, language-neutral stemmer: both French and English forms of a word
 * should meet at the same stem often enough for prefix and fuzzy matching to
 * do the rest (adoptée/adopted → adopt, cérémonie/ceremony → ceremoni,
 * négociateur/négociation → negociation).
 */
export function stem(token: string): string {
  if (token.length < 5 || /\d/.test(token)) return token;
  // The actor meets the act: négociateur → négociation, negotiator → negotiation.
  const agent = /^(.{4,}?)(?:ateur|atrice|ator)s?$/.exec(token);
  if (agent) return `${agent[1]}ation`;
  // The French imperfect of a long verb meets its other forms: présidait → présid(ée).
  if (token.length >= 9 && /(?:ait|aient)$/.test(token)) return token.replace(/(?:ait|aient)$/, '');
  // A French infinitive meets its participles: adopter → adopt(ée), négocier → négoci(ée).
  if (token.length >= 7 && token.endsWith('er')) return token.slice(0, -2);
  let t = token;
  if (t.endsWith('ies')) t = `${t.slice(0, -3)}i`;
  else if (/[^su]s$/.test(t) || t.endsWith('x')) t = t.slice(0, -1);
  if (t.length >= 6 && t.endsWith('ing')) t = t.slice(0, -3);
  else if (t.length >= 6 && t.endsWith('ed')) t = t.slice(0, -2);
  if (t.length >= 5 && t.endsWith('ee')) t = t.slice(0, -2);
  else if (t.length >= 5 && t.endsWith('e')) t = t.slice(0, -1);
  // French doubles the l of some verbs: appelle / appelée → appel.
  if (t.length >= 6 && t.endsWith('ll')) t = t.slice(0, -1);
  if (t.endsWith('y')) t = `${t.slice(0, -1)}i`;
  return t;
}

/**
 * The terms of `text`. `fixWord` sees each folded word before synonyms and
 * stemming, and may put a corrected word in its place (questions only: see typos.ts).
 */
export function analyze(text: string, lang: AnalyzeLang, fixWord?: (word: string) => string): string[] {
  // Vietnamese compounds join in any text: their syllables never make French or English words.
  let folded = joinVietnameseCompounds(fold(applyAcronyms(text)));
  if (lang === 'en') folded = folded.replace(/(?<![\p{L}\p{N}])un(?![\p{L}\p{N}])/gu, 'onu');
  if (lang === 'vi') folded = dropVietnameseQuestionPhrases(folded);
  folded = folded.replace(ELISION, '').replace(POSSESSIVE, ' ');
  if (fixWord) folded = folded.replace(WORD, fixWord);
  folded = applySynonyms(folded);
  const tokens: string[] = [];
  for (const token of folded.split(NON_WORD)) {
    if (token.length < 2 && !/\d/.test(token)) continue;
    if (isStopWord(token, lang)) continue;
    tokens.push(lang === 'vi' ? vietnameseTerm(token) : stem(token));
  }
  return tokens;
}
