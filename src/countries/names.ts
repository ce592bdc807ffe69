// Every ISO 3166-1 country and the European Union, with the names the bot
// shows and every name a reader may type, from i18n-iso-countries (only the
// English, French and Vietnamese tables are loaded: the package's default
// entry would load all of its ~80 locales) and our own aliases.
import { createRequire } from 'node:module';
import type { LocaleData } from 'i18n-iso-countries';
import type { Lang } from '../knowledge/schema.ts';
import { fold } from '../text/fold.ts';
import { ALIASES, DISPLAY, VI_ALIASES } from './aliases.ts';

type Library = typeof import('i18n-iso-countries');

const require = createRequire(import.meta.url);
const library = require('i18n-iso-countries/index.js') as Library;
const LOCALES = ['en', 'fr', 'vi'] as const;
for (const locale of LOCALES) library.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`) as LocaleData);

/** The European Union answers like a state; it has no ISO 3166-1 code. */
export const EU = 'eu';

export interface CountryNames {
  /** ISO 3166-1 alpha-2 in lower case, or `eu`. */
  readonly code: string;
  /** The name the bot shows, per language. */
  readonly name: Readonly<Record<Lang, string>>;
  /** Names as written in English or French (library names and our aliases). */
  readonly latin: readonly string[];
  /** Vietnamese names, matched with their tone marks. */
  readonly vietnamese: readonly string[];
}

/** A library name without its qualifiers: "Moldova, Republic of" → "Moldova", "Holy See (Vatican City State)" → "Holy See". */
function shortForm(name: string): string {
  return name.replace(/\s*\(.*\)\s*/g, ' ').replace(/,.*$/, '').trim();
}

function namesOf(code: string, locale: (typeof LOCALES)[number]): string[] {
  const names = library.getName(code.toUpperCase(), locale, { select: 'all' }) ?? [];
  return [...new Set(names.flatMap((n) => [n, shortForm(n)]))];
}

function build(): Map<string, CountryNames> {
  const table = new Map<string, CountryNames>();
  const codes = [...Object.keys(library.getAlpha2Codes()).map((c) => c.toLowerCase()), EU];
  for (const code of codes) {
    const [en] = code === EU ? [] : namesOf(code, 'en');
    const [fr] = code === EU ? [] : namesOf(code, 'fr');
    const display = DISPLAY[code] ?? {};
    const vietnamese = [...new Set([...(code === EU ? [] : namesOf(code, 'vi')), ...(VI_ALIASES[code] ?? [])])];
    const name = {
      en: display.en ?? en ?? code,
      fr: display.fr ?? fr ?? display.en ?? en ?? code,
      vi: display.vi ?? vietnamese[0] ?? display.en ?? en ?? code,
    };
    // A Vietnamese name of two syllables or more is also matched typed without its marks ("trung quoc");
    // one syllable alone ("my", "anh") would be an English or Vietnamese word.
    const unmarked = vietnamese.filter((n) => n.trim().includes(' ')).map((n) => n.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd'));
    const latin = code === EU ? unmarked : [...namesOf(code, 'en'), ...namesOf(code, 'fr'), ...unmarked];
    table.set(code, {
      code,
      name,
      latin: [...new Set([...latin, ...(ALIASES[code] ?? []), name.en, name.fr])],
      vietnamese,
    });
  }
  return table;
}

export const COUNTRIES: ReadonlyMap<string, CountryNames> = build();

/**
 * The words of a state's name that English and French both write (the library's two tables: "Vietnam",
 * "Canada", "Iran"): a name, not a word of either language, so they tell a question's language nothing.
 */
export function namesBothLanguagesWrite(): Set<string> {
  const words = (names: readonly string[]) => new Set(names.flatMap((name) => fold(name).split(/[^\p{L}]+/u)).filter((word) => word.length >= 3));
  const shared = new Set<string>();
  for (const code of COUNTRIES.keys()) {
    if (code === EU) continue;
    const french = words(namesOf(code, 'fr'));
    for (const word of words(namesOf(code, 'en'))) if (french.has(word)) shared.add(word);
  }
  return shared;
}

export function isCountryCode(code: string): boolean {
  return COUNTRIES.has(code);
}

const collators = new Map<Lang, Intl.Collator>();

/** Orders names as the reader's language sorts them (as localeCompare(b, lang) does, with one collator per language, not one per comparison). */
export function byName(lang: Lang): (a: string, b: string) => number {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
  return collator.compare;
}

/** The country's name in the reader's language; the code itself for an unknown code. */
export function countryName(code: string, lang: Lang): string {
  return COUNTRIES.get(code)?.name[lang] ?? code.toUpperCase();
}
