// Folding: how every part of the bot compares words, whatever accents, case
// or apostrophes they were typed with. Below both the search and the country
// names, which read the same questions.
import { separateKy } from './vietnamese.ts';

/**
 * Lowercase, no accents, plain apostrophes: "L’Assemblée" → "l'assemblee", "Đại hội" → "dai hoi".
 * A question is folded once, by its Reading.
 */
export function fold(text: string): string {
  return separateKy(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // Decomposition leaves the bar of đ: it is a letter of its own.
    .replace(/đ/g, 'd')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}
