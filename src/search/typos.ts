// Transposed letters ("sigend", "ratifeid", "Gutreres") are the commonest
// typo, and MiniSearch's fuzzy matching counts one as two edits (it measures
// Levenshtein distance), which a short word is never allowed. So, before the
// search, a word the knowledge base does not know is swapped back when
// exchanging two neighbouring letters gives a word it knows: one edit, as in
// Damerau's distance. Other typos are left to the fuzzy search.

/** Words shorter than this have too many neighbours ("form"/"from") to guess which one was meant. */
const MIN_LENGTH = 5;

/** `word`, or the known word one transposition away from it. */
export function fixTransposition(word: string, isKnown: (word: string) => boolean): string {
  if (word.length < MIN_LENGTH || /\d/.test(word) || isKnown(word)) return word;
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
    if (isKnown(swapped)) return swapped;
  }
  return word;
}

/** Whether `a` and `b` differ by at most one edit: a letter added, removed, changed, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, from: number) => x.slice(from);
  if (a.length === b.length) {
    if (rest(a, i + 1) === rest(b, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2);
  }
  return a.length > b.length ? rest(a, i + 1) === rest(b, i) : rest(a, i) === rest(b, i + 1);
}
