// A fact filed under a date (`when`) or with figures (`figures`) must say so
// in every language: the structured value is what the timeline draws and the
// briefing counts from, the text is what a reader checks, and they must not
// drift apart.
import { MONTH_NAMES } from './calendar-words.ts';
import { LANGS, type FactEntry, type Lang } from './schema.ts';
import { parseWhen, type When } from './when.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasNumber = (text: string, n: number, suffix = '') => new RegExp(`(?<!\\d)${n}${suffix}(?!\\d)`).test(text);
// A month name is a whole word: "tháng 1" is not inside "tháng 10".
const hasWord = (text: string, word: string) => new RegExp(`(?<!\\p{L})${escape(word)}(?![\\p{L}\\p{N}])`, 'iu').test(text);

function statesDay(text: string, isoDate: string, lang: Lang): boolean {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  // French writes the first of the month "1er".
  return hasNumber(text, day, lang === 'fr' && day === 1 ? '(?:er)?' : '') && hasWord(text, MONTH_NAMES[lang][month - 1] as string) && hasNumber(text, year);
}

/** Whether `text` gives the day(s), month and year of `when` in words of `lang`. */
export function statesWhen(text: string, when: When, lang: Lang): boolean {
  if (when.precision === 'day') return statesDay(text, when.from, lang) && statesDay(text, when.to, lang);
  const [year, month] = when.month.split('-').map(Number) as [number, number];
  return hasWord(text, MONTH_NAMES[lang][month - 1] as string) && hasNumber(text, year);
}

/** Whether `text` gives `n` as a number (also as in "40th", "90e"). */
export function statesFigure(text: string, n: number): boolean {
  return hasNumber(text, n);
}

export interface StatementProblem {
  field: string;
  message: string;
}

export function statementProblems(fact: FactEntry): StatementProblem[] {
  const problems: StatementProblem[] = [];
  const when = fact.when === undefined ? undefined : parseWhen(fact.when);
  for (const lang of LANGS) {
    if (when && !statesWhen(fact[lang], when, lang)) {
      problems.push({ field: lang, message: `does not state its date ${fact.when} (when:) in words: day, month and year` });
    }
    for (const [name, n] of Object.entries(fact.figures ?? {})) {
      if (!statesFigure(fact[lang], n)) problems.push({ field: lang, message: `does not state its figure ${name}: ${n} (figures:)` });
    }
  }
  return problems;
}
