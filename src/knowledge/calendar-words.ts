// How each language writes calendar dates in words. The knowledge base checks
// that a fact's text states the date it is filed under; the answers format
// dates the same way.
import type { Lang } from './schema.ts';

export const MONTH_NAMES: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2025-10-25" → "octobre" / "October". */
export function monthName(isoDate: string, lang: Lang): string {
  return MONTH_NAMES[lang][Number(isoDate.slice(5, 7)) - 1] as string;
}
