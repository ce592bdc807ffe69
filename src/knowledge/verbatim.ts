// Quotes are compared with the stored source text after folding the
// differences a careful copy can legitimately introduce: line breaks and runs
// of spaces, typographic vs straight quotes and apostrophes, dash variants,
// non-breaking spaces and the ellipsis character. Letters, accents and
// punctuation otherwise must match exactly.
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/[«»]/g, '"'],
  [/\s+/gu, ' '],
];

export function normalizeVerbatim(input: string): string {
  let out = input.normalize('NFC');
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  // Guillemets carry inner spaces in French typography (« texte »): fold them too.
  return out.replace(/" /g, '"').replace(/ "/g, '"').trim();
}

export function containsVerbatim(haystack: string, needle: string): boolean {
  return normalizeVerbatim(haystack).includes(normalizeVerbatim(needle));
}
