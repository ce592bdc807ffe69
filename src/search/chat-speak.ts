// Step 1 (after cleaning): chat spellings written out, so every later step reads the words it knows.
// Readers type "c koi", "cest qui", "jai lu", "larticle 16" in French, "ppl", "abt", "govt" in English and, in Vietnamese, teen code: "ko" (không),
// "j" (gì), "bn" (bao nhiêu), "mn" (mọi người), "z" (vậy), "đc" (được), "hn" (Hà Nội). Letters alone
// are ambiguous across languages ("j", "k", "z"), so Vietnamese teen code is written out only in a
// question that already reads as Vietnamese, and French chat words only where they cannot be another
// language's ("cest", "koi").
import { fold } from '../text/fold.ts';
import { Reading } from '../text/reading.ts';

type Spellings = Readonly<Record<string, string>>;

/** French chat spellings (lowercase, as typed, accents optional) and what they stand for. */
const FRENCH: Spellings = {
  cest: "c'est",
  jai: "j'ai",
  koi: 'quoi',
  kel: 'quel',
  kelle: 'quelle',
  pk: 'pourquoi',
  pq: 'pourquoi',
  pkoi: 'pourquoi',
  pourkoi: 'pourquoi',
  qd: 'quand',
  kan: 'quand',
  ki: 'qui',
  bcp: 'beaucoup',
  tt: 'tout',
  perso: 'personnel',
};

/** English chat spellings; none is a French word (some are Vietnamese syllables: see writeOutChatSpeak). */
const ENGLISH: Spellings = {
  ppl: 'people',
  abt: 'about',
  govt: 'government',
  govts: 'governments',
  cuz: 'because',
  coz: 'because',
  thru: 'through',
  tho: 'though',
  u: 'you',
  ur: 'your',
  smth: 'something',
  rly: 'really',
  bc: 'because',
  orgs: 'organisations',
  org: 'organisation',
  // Months as dates are written in chat ("signed on oct 25"); sept is French for seven, mar and mai are words.
  jan: 'January',
  feb: 'February',
  apr: 'April',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};

/** "c" for "c'est" before what it introduces in a question ("c koi", "c qui", "c vrai"). */
const FRENCH_C = /(?<![\p{L}\p{N}'’])c(?= +(?:quoi|koi|qui|ki|quand|vrai|juste|ou|où|comment|combien|pas|normal|grave|le|la|les|un|une|l'|l’))/giu;

/** Vietnamese teen code (folded or not) and the words it stands for. */
const VIETNAMESE: Spellings = {
  ko: 'không',
  k: 'không',
  kh: 'không',
  hok: 'không',
  hong: 'không',
  khg: 'không',
  kg: 'không',
  j: 'gì',
  ji: 'gì',
  bn: 'bao nhiêu',
  mn: 'mọi người',
  mng: 'mọi người',
  z: 'vậy',
  dz: 'vậy',
  đc: 'được',
  dc: 'được',
  hn: 'Hà Nội',
  ntn: 'như thế nào',
  bh: 'bao giờ',
  bgio: 'bao giờ',
  r: 'rồi',
  cx: 'cũng',
  trc: 'trước',
  vs: 'với',
};

/** Teen code no other language writes: beside one other Vietnamese syllable it is enough ("my ko ky ha"). */
const TEEN_CODE_ONLY = /(?<![\p{L}\p{N}])(?:ko|bn|mn|mng|đc|dc|hok|khg|ntn)(?![\p{L}\p{N}])/iu;

const wordsOf = (spellings: Spellings) => new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${Object.keys(spellings).join('|')})(?![\\p{L}\\p{N}'’])`, 'giu');
const FRENCH_WORD = wordsOf(FRENCH);
const ENGLISH_WORD = wordsOf(ENGLISH);
const VIETNAMESE_WORD = wordsOf(VIETNAMESE);

/** A French elision typed without its apostrophe: "larticle", "lonu", "dhanoi". */
const ELIDED = /(?<![\p{L}\p{N}'’])([ld])([aeiouyhàâéèêîôû]\p{L}{3,})/giu;

/**
 * What a question written in chat says, written out ("c koi" → "c'est quoi", "mỹ có ký ko" → "mỹ có ký
 * không"), read for the steps after. `knows` tells a word the knowledge base knows: an elision typed without
 * its apostrophe is put back when the word is unknown and the word after the l or d is known ("larticle" → "l'article").
 */
export function writeOutChatSpeak(text: string, knows?: (folded: string) => boolean): Reading {
  const elided = knows ? text.replace(ELIDED, (word, letter: string, rest: string) => (!knows(fold(word)) && knows(fold(rest)) ? `${letter}'${rest}` : word)) : text;
  const out = elided.replace(FRENCH_WORD, (word) => FRENCH[word.toLowerCase()] ?? word).replace(FRENCH_C, "c'est");
  const read = new Reading(out);
  const evidence = read.vietnameseEvidence;
  const vietnamese = evidence >= 2 || (evidence >= 1 && TEEN_CODE_ONLY.test(out));
  // English chat spellings are also Vietnamese syllables typed without marks ("tho" in "tho nhi ky", Türkiye):
  // written out only in a question that does not read as Vietnamese.
  const written = vietnamese
    ? out.replace(VIETNAMESE_WORD, (word) => VIETNAMESE[word.toLowerCase()] ?? word)
    : out.replace(ENGLISH_WORD, (word) => (word === word.toLowerCase() ? (ENGLISH[word] ?? word) : word));
  return written === out ? read : new Reading(written);
}
