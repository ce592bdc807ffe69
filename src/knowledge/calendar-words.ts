// How each language writes calendar dates in words. The knowledge base checks
// that a fact's text states the date it is filed under; the answers format
// dates the same way.
import type { Lang } from './schema.ts';

export const MONTH_NAMES: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  // Vietnamese numbers its months: "tháng 10" is October.
  vi: Array.from({ length: 12 }, (_, i) => `tháng ${i + 1}`),
};

/** "2025-10-25" → "octobre" / "October" / "tháng 10". */
export function monthName(isoDate: string, lang: Lang): string {
  return MONTH_NAMES[lang][Number(isoDate.slice(5, 7)) - 1] as string;
}

/** The order each language writes a date in; `days` is one day or a range ("25–26"). */
export const DATE_PATTERN: Record<Lang, (days: string, month: string, year: number) => string> = {
  fr: (days, month, year) => `${days === '1' ? '1er' : days} ${month} ${year}`,
  en: (days, month, year) => `${days} ${month} ${year}`,
  vi: (days, month, year) => `ngày ${days} ${month} năm ${year}`,
};

/** A month of a year: "août 2024", "August 2024", "tháng 8 năm 2024". */
export const MONTH_PATTERN: Record<Lang, (month: string, year: number) => string> = {
  fr: (month, year) => `${month} ${year}`,
  en: (month, year) => `${month} ${year}`,
  vi: (month, year) => `${month} năm ${year}`,
};
