// Finds the countries a free text names: whole words only ("Oman" is not in
// "woman", "Niger" is not "Nigeria"), the longest name first ("Papua New
// Guinea" before "Guinea"), accents and case ignored, and one typo or
// swapped pair forgiven in a word of five letters or more ("Germnay").
// Vietnamese names keep their tone marks ("Mỹ" is not "my").
import { fold } from '../text/fold.ts';
import { STOP_WORDS } from '../text/stopwords.ts';
import { CAPITALS_ONLY, NOT_NAMES, NOT_TYPOS, VI_NOT_BEFORE } from './aliases.ts';
import { ALIASES } from './aliases.ts';
import { COUNTRIES, type CountryNames } from './names.ts';
import type { Reading } from '../text/reading.ts';

export interface CountryMention {
  /** ISO 3166-1 alpha-2 in lower case, or `eu`. */
  readonly code: string;
  /** The words of the text that named it, as typed. */
  readonly text: string;
  /** Whether a typo was forgiven to match it. */
  readonly typo: boolean;
}

interface Variant {
  readonly code: string;
  readonly words: readonly string[];
  /** "US": a name that is an ordinary word in lower case ("us"). */
  readonly capitalsOnly: boolean;
}

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const MIN_TYPO_LENGTH = 5;

/** A text as the table stores names: folded, or lowercase with its Vietnamese tone marks (`marks`). */
const normalize = (text: string, marks: boolean) => (marks ? text.normalize('NFC').toLowerCase() : fold(text));

/** The words of a normalized text, with where each is in it. */
function tokenize(normalized: string): Token[] {
  // fold() keeps string length for the Latin scripts we match, so spans map back to the typed text.
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

const words = (name: string, marks: boolean) => tokenize(normalize(name, marks)).map((t) => t.word);

/** Names indexed by their first word, longest first; a name two countries share is kept only if an alias settles it. */
function buildIndex(marks: boolean, namesOf: (country: CountryNames) => readonly string[] = (c) => (marks ? c.vietnamese : c.latin)): Map<string, Variant[]> {
  const byKey = new Map<string, Map<string, boolean>>();
  for (const country of COUNTRIES.values()) {
    for (const name of namesOf(country)) {
      const key = words(name, marks).join(' ');
      if (!key || NOT_NAMES.has(key)) continue;
      const capitalsOnly = CAPITALS_ONLY.has(name.replace(/\W/g, ''));
      const codes = byKey.get(key) ?? new Map<string, boolean>();
      codes.set(country.code, (codes.get(country.code) ?? true) && capitalsOnly);
      byKey.set(key, codes);
    }
  }
  const index = new Map<string, Variant[]>();
  for (const [key, codes] of byKey) {
    let entries = [...codes];
    if (entries.length > 1) entries = entries.filter(([code]) => (ALIASES[code] ?? []).some((alias) => words(alias, marks).join(' ') === key));
    if (entries.length !== 1) continue;
    const [[code, capitalsOnly]] = entries as [[string, boolean]];
    const variant = { code, words: key.split(' '), capitalsOnly };
    const list = index.get(variant.words[0] as string) ?? [];
    list.push(variant);
    index.set(variant.words[0] as string, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** First words of at least five letters, by first letter, to look for a misspelt name among few candidates. */
function typoCandidates(index: Map<string, Variant[]>): Map<string, string[]> {
  const byLetter = new Map<string, string[]>();
  for (const word of index.keys()) {
    if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) continue;
    const list = byLetter.get(word[0] as string) ?? [];
    list.push(word);
    byLetter.set(word[0] as string, list);
  }
  return byLetter;
}

/** At most one edit or one swap of neighbours apart (optimal string alignment ≤ 1), same first letter. */
export function oneTypoApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // Compared in place: every word of a question is tried against the names that share its first letter.
  if (a.length === b.length) {
    if (sameFrom(a, b, i + 1, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, b, i + 2, i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return sameFrom(long, short, i + 1, i);
}

/** Whether `a` from `from` and `b` from `bFrom` are the same to their ends. */
function sameFrom(a: string, b: string, from: number, bFrom: number): boolean {
  if (a.length - from !== b.length - bFrom) return a.length <= from && b.length <= bFrom;
  for (let k = 0; from + k < a.length; k++) if (a[from + k] !== b[bFrom + k]) return false;
  return true;
}

const LATIN = buildIndex(false);
const VIETNAMESE = buildIndex(true);
/** Vietnamese names typed without their marks ("my", "phap", "dức" with đ as d): read only in a Vietnamese question. */
const VIETNAMESE_UNMARKED = buildIndex(false, (c) => c.vietnamese);
const VI_NOT_BEFORE_UNMARKED = new Map(Object.entries(VI_NOT_BEFORE).map(([name, next]) => [fold(name), next.map(fold)]));
const LATIN_TYPOS = typoCandidates(LATIN);

const NO_VARIANTS: readonly Variant[] = [];

/** The names one typo from `word`, longest first. Most words are none: no list is built for them. */
function misspeltNames(word: string): readonly Variant[] {
  let found: Variant[] | undefined;
  for (const name of LATIN_TYPOS.get(word[0] as string) ?? []) {
    if (oneTypoApart(word, name)) (found ??= []).push(...(LATIN.get(name) ?? NO_VARIANTS));
  }
  return found ? found.sort((a, b) => b.words.length - a.words.length) : NO_VARIANTS;
}

function mayBeTypo(word: string): boolean {
  return word.length >= MIN_TYPO_LENGTH && !LATIN.has(word) && !NOT_TYPOS.has(word) && !STOP_WORDS.fr.has(word) && !STOP_WORDS.en.has(word);
}

function sameWord(typed: string, name: string, typoAllowed: boolean): 'exact' | 'typo' | undefined {
  if (typed === name) return 'exact';
  if (typoAllowed && name.length >= MIN_TYPO_LENGTH && mayBeTypo(typed) && oneTypoApart(typed, name)) return 'typo';
  return undefined;
}

interface Match {
  variant: Variant;
  typo: boolean;
}

/** The longest name starting at `at`, allowing one misspelt word in the whole name. */
function matchAt(tokens: readonly Token[], at: number, candidates: readonly Variant[], typed: string, typos: boolean): Match | undefined {
  let best: Match | undefined;
  for (const variant of candidates) {
    if (best && variant.words.length < best.variant.words.length) break;
    if (at + variant.words.length > tokens.length) continue;
    let typo = false;
    const ok = variant.words.every((word, k) => {
      const found = sameWord((tokens[at + k] as Token).word, word, typos && !typo);
      if (found === 'typo') typo = true;
      return found !== undefined;
    });
    if (!ok) continue;
    const last = tokens[at + variant.words.length - 1] as Token;
    const span = typed.slice((tokens[at] as Token).start, last.end);
    if (variant.capitalsOnly && span !== span.toUpperCase() && !namesAStateInLowerCase(tokens, at, variant.words.length)) continue;
    // Of two names a typo away, prefer the exact one, then the one as long as what was typed ("Nigera": Nigeria, not Niger).
    if (!best || (best.typo && !typo) || (best.typo === typo && closer(variant, best.variant, tokens[at] as Token))) best = { variant, typo };
  }
  return best;
}

/** Words after which "us" or "eu" in lower case can only be a state's name: "the us", "did us sign". */
const ARTICLE = 'the';
const ASKING = new Set(['did', 'does', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'why', 'when', 'where', 'how', 'if', 'whether', 'and', 'or']);
/** Signing or a step after it, said of the name that precedes it ("us signed", "eu ratify"). */
const STATUS_VERB = /^(?:sign|signs|signed|signing|signatory|signature|ratif[a-z]*|accede[sd]?|acceded|joined)$/;

/**
 * A name that is an ordinary word in lower case ("us") is still a state's
 * name after "the" ("has the us signed"), or before a status verb when nothing
 * or a question word comes before it ("us signed it?", "did us sign"); "let
 * us sign", "tell us who signed" keep the pronoun.
 */
function namesAStateInLowerCase(tokens: readonly Token[], at: number, length: number): boolean {
  const before = tokens[at - 1]?.word;
  const after = tokens[at + length]?.word;
  if (before === ARTICLE) return true;
  return (before === undefined || ASKING.has(before)) && after !== undefined && STATUS_VERB.test(after);
}

function closer(a: Variant, b: Variant, token: Token): boolean {
  const typedLength = token.end - token.start;
  const gap = (v: Variant) => Math.abs((v.words[0] as string).length - typedLength) + ((v.words[0] as string).length < typedLength ? 0.5 : 0);
  return gap(a) < gap(b);
}

function scan(question: Reading, marks: boolean, found: Map<string, CountryMention>, index = marks ? VIETNAMESE : LATIN): void {
  const { text } = question;
  const notBefore = (name: string) => (index === VIETNAMESE_UNMARKED ? VI_NOT_BEFORE_UNMARKED.get(name) : marks ? VI_NOT_BEFORE[name] : undefined);
  const tokens = tokenize(marks ? normalize(text, true) : question.folded);
  for (let i = 0; i < tokens.length; ) {
    const word = (tokens[i] as Token).word;
    let candidates = index.get(word) ?? NO_VARIANTS;
    if (index === LATIN && candidates.length === 0 && mayBeTypo(word)) candidates = misspeltNames(word);
    const match = candidates.length > 0 ? matchAt(tokens, i, candidates, text, !marks) : undefined;
    const next = tokens[i + (match?.variant.words.length ?? 1)]?.word;
    if (!match || (next !== undefined && notBefore(match.variant.words.join(' '))?.includes(next))) {
      i++;
      continue;
    }
    const last = tokens[i + match.variant.words.length - 1] as Token;
    if (!found.has(match.variant.code)) {
      found.set(match.variant.code, { code: match.variant.code, text: text.slice((tokens[i] as Token).start, last.end), typo: match.typo });
    }
    i += match.variant.words.length;
  }
}

function countriesIn(question: Reading): readonly CountryMention[] {
  const found = new Map<string, CountryMention>();
  scan(question, false, found);
  // Vietnamese names carry marks an ASCII text cannot hold.
  if (/[^\x00-\x7f]/.test(question.text)) scan(question, true, found);
  if (question.vietnameseEvidence >= 2) scan(question, false, found, VIETNAMESE_UNMARKED);
  return [...found.values()];
}

/** The countries (and the EU) a text names, in the order it names them, each once; read once per question. */
export function findCountries(question: Reading): readonly CountryMention[] {
  return question.derived(countriesIn);
}
