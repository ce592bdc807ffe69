// Folding: how every part of the bot compares words, whatever accents, case
// or apostrophes they were typed with. Below both the search and the country
// names, which read the same questions.
import { rememberLast } from './last-call.ts';
import { separateKy } from './vietnamese.ts';

/**
 * Lowercase, no accents, plain apostrophes: "L’Assemblée" → "l'assemblee", "Đại hội" → "dai hoi".
 * Small talk, the language, the asked type, the ordinal, the states named and the off-topic check each
 * fold the question: the last text is remembered.
 */
export const fold = rememberLast((text: string): string =>
  separateKy(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // Decomposition leaves the bar of đ: it is a letter of its own.
    .replace(/đ/g, 'd')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae'),
);
