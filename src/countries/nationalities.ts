// A state named by its people or its adjective: "the Japanese", "le ministre japonais", "les
// Américaines", "người Nhật", "nước Pháp". English and French adjectives come from
// i18n-nationality (its English and French tables only); French feminine and plural forms are made
// from them. Vietnamese says "người" (people) or "nước" (country) before a state's name, often only
// its first syllable ("Nhật" for Nhật Bản), taken from the Vietnamese names (names.ts).
// An adjective that names a language ("en français", "in English", "tiếng Nhật") is not a state.
import { createRequire } from 'node:module';
import { fold } from '../text/fold.ts';
import type { CountryMention } from './find.ts';
import { DEMONYMS } from './aliases.ts';
import { COUNTRIES } from './names.ts';

interface NationalityTable {
  nationalities: Readonly<Record<string, string>>;
}

const require = createRequire(import.meta.url);
const ENGLISH = (require('i18n-nationality/langs/en.json') as NationalityTable).nationalities;
const FRENCH = (require('i18n-nationality/langs/fr.json') as NationalityTable).nationalities;

/** A French adjective's four forms: japonais → japonaise, japonaises; vietnamien → vietnamienne… */
function frenchForms(masculine: string): string[] {
  const feminine = masculine.endsWith('e') ? masculine : masculine.endsWith('en') ? `${masculine}ne` : `${masculine}e`;
  const plural = (word: string) => (/[sx]$/.test(word) ? word : `${word}s`);
  return [masculine, plural(masculine), feminine, plural(feminine)];
}

/** Folded adjective → state code; an adjective two states share is left out. */
function adjectives(): Map<string, string> {
  const codes = new Map<string, Set<string>>();
  const add = (form: string, code: string) => {
    const key = fold(form).trim().replace(/[\s-]+/g, ' ');
    // One word, or two ("North Korean", "Sud-Africain"); a qualifier in brackets names a territory.
    if (key.split(' ').length <= 2 && !key.includes('(') && key.length >= 4 && COUNTRIES.has(code)) codes.set(key, (codes.get(key) ?? new Set()).add(code));
  };
  for (const [code, adjective] of Object.entries(ENGLISH)) for (const form of [adjective, `${adjective}s`]) add(form, code.toLowerCase());
  for (const [code, adjective] of Object.entries(FRENCH)) for (const form of frenchForms(fold(adjective))) add(form, code.toLowerCase());
  for (const [code, names] of Object.entries(DEMONYMS)) for (const name of names) add(name, code);
  return new Map([...codes].filter(([, set]) => set.size === 1).map(([form, set]) => [form, [...set][0] as string]));
}

/** Vietnamese: each state's names and the first syllable of a longer name, with marks, lower case ("nhật", "nhật bản"). */
function vietnameseShortNames(): Map<string, string> {
  const codes = new Map<string, Set<string>>();
  for (const country of COUNTRIES.values()) {
    for (const name of country.vietnamese) {
      const syllables = name.normalize('NFC').toLowerCase().split(/\s+/);
      for (const key of new Set([syllables.join(' '), syllables[0] as string])) codes.set(key, (codes.get(key) ?? new Set()).add(country.code));
    }
  }
  return new Map([...codes].filter(([, set]) => set.size === 1).map(([name, set]) => [name, [...set][0] as string]));
}

const ADJECTIVES = adjectives();
/** The first words of two-word adjectives ("north", "sri", "sud"): only after one is a two-word key looked up. */
const FIRST_OF_TWO = new Set([...ADJECTIVES.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ')[0] as string));
const VIETNAMESE = vietnameseShortNames();
/** Words after which an adjective names a language: "en français", "in English", "traduit du japonais". */
const LANGUAGE_BEFORE = new Set(['en', 'in', 'du', 'from', 'into', 'langue', 'language']);
const WORD = /[\p{L}\p{M}]+/gu;

/** The states a text names by their people or adjective, in the order it names them, each once. */
export function findNationalities(text: string): CountryMention[] {
  const found = new Map<string, CountryMention>();
  const normalized = text.normalize('NFC');
  const words = [...normalized.matchAll(WORD)];
  let skip = false;
  words.forEach((match, i) => {
    if (skip) {
      skip = false;
      return;
    }
    const before = words[i - 1]?.[0].toLowerCase();
    const word = fold(match[0]);
    const next = FIRST_OF_TWO.has(word) ? words[i + 1] : undefined;
    const twoWords = next ? ADJECTIVES.get(`${word} ${fold(next[0])}`) : undefined;
    const code = twoWords ?? ADJECTIVES.get(word);
    if (code && !(before && LANGUAGE_BEFORE.has(fold(before)))) {
      const named = twoWords && next ? normalized.slice(match.index, (next.index as number) + next[0].length) : match[0];
      if (!found.has(code)) found.set(code, { code, text: named, typo: false });
      skip = twoWords !== undefined;
      return;
    }
    if (before !== 'người' && before !== 'nước') return;
    // The longest Vietnamese name that follows ("nước Nhật Bản" before "nước Nhật").
    for (const length of [3, 2, 1]) {
      const span = words.slice(i, i + length);
      if (span.length < length) continue;
      const name = span.map((w) => w[0].toLowerCase()).join(' ');
      const vietnamese = VIETNAMESE.get(name);
      if (vietnamese) {
        const last = span.at(-1) as RegExpMatchArray;
        const named = normalized.slice((words[i - 1] as RegExpMatchArray).index, (last.index as number) + last[0].length);
        if (!found.has(vietnamese)) found.set(vietnamese, { code: vietnamese, text: named, typo: false });
        return;
      }
    }
  });
  return [...found.values()];
}
