// Guesses whether a question is French, English or Vietnamese, so the answer
// comes back in the language it was asked in. Function words decide most
// questions; a short one without any ("entry into force", "signataires") is
// told by the words the knowledge base writes in one language only.
// Vietnamese is told by its letters (ư ơ ă đ ạ…) and, typed without them, by
// its syllables (vietnamese.ts). When nothing tells, the answer is undefined
// and the reader's language (the Discord locale, the console's --lang) decides.
import { namesBothLanguagesWrite } from '../countries/names.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { Reading } from '../text/reading.ts';
import { LANGUAGE_MARKERS } from '../text/stopwords.ts';
import { hasVietnameseLetters } from '../text/vietnamese.ts';

/** Words found in one language's text only; a word both languages use (names, "convention") tells nothing. */
export interface LanguageVocabulary {
  readonly fr: ReadonlySet<string>;
  readonly en: ReadonlySet<string>;
}

export function languageVocabulary(words: Readonly<Record<Lang, ReadonlySet<string>>>): LanguageVocabulary {
  // A word Vietnamese text also writes (folded: "la", "co", "dan"…) tells French from English nothing; nor does a
  // state's name that both write, though our French text says "Vietnam" and our English "Viet Nam".
  const names = namesBothLanguagesWrite();
  const only = (mine: ReadonlySet<string>, ...others: ReadonlySet<string>[]) => new Set([...mine].filter((w) => !names.has(w) && !others.some((o) => o.has(w))));
  return { fr: only(words.fr, words.en, words.vi), en: only(words.en, words.fr, words.vi) };
}

/** Letters and marks that French writes and Vietnamese never does. */
const FRENCH_ONLY = /[çëîïûüÿœ«»]/i;

const NO_VOCABULARY: LanguageVocabulary = { fr: new Set(), en: new Set() };

export function detectLanguage(question: Reading, vocabulary: LanguageVocabulary = NO_VOCABULARY): Lang | undefined {
  const { text, folded } = question;
  const tokens = folded.split(/[^\p{L}\p{N}'-]+/u);
  // Vietnamese writes à, â, é, ê, ô too: they say French only in a text without Vietnamese letters. Ç, ë, î,
  // ï, û, ü, ÿ, œ and French quotation marks are French's alone: a Vietnamese dish in a French question ("un
  // bon phở à Hanoï") leaves it French.
  let fr = (FRENCH_ONLY.exec(text)?.length ?? 0) + (/[àâéèêôù]/i.test(text) && !hasVietnameseLetters(text) ? 1 : 0);
  // English possessives (the president's) are English whatever else the text holds.
  let en = (folded.match(/\p{L}'s(?![\p{L}\p{N}])/gu) ?? []).length;
  for (const raw of tokens) {
    const token = raw.replace(/^(?:[ldjmnstc]|qu)'/, '');
    if (/^(?:[ldjmnstc]|qu)'/.test(raw)) fr += 1;
    if (LANGUAGE_MARKERS.fr.has(token) || vocabulary.fr.has(token)) fr += 1;
    if (LANGUAGE_MARKERS.en.has(token) || vocabulary.en.has(token)) en += 1;
  }
  const vi = question.vietnameseEvidence;
  if (vi > fr && vi > en) return 'vi';
  if (fr === en) return undefined;
  return fr > en ? 'fr' : 'en';
}
