// Finds a reference to an article or a chapter in free text: "article 16",
// "art. 16", "l'article 16", "Art 16", "article n° 16", "chapter V",
// "chapitre 5", "chương V". Numbers are returned as written, even outside the
// Convention's range, so the answer can say there is no such article.
import { fold } from '../text/fold.ts';

export interface ArticleReference {
  readonly kind: 'article' | 'chapter';
  readonly number: number;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 };

/** "ix" → 9; undefined for anything that is not a well-formed small Roman numeral. */
export function fromRoman(numeral: string): number | undefined {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i] as string];
    const next = ROMAN[numeral[i + 1] as string] ?? 0;
    if (value === undefined) return undefined;
    total += value < next ? -value : value;
  }
  return total > 0 && total < 40 ? total : undefined;
}

// Folded text: no accents (so "chương" is "chuong"), "đ" kept as typed.
const REFERENCE =
  /(?<![\p{L}\p{N}])(?:(art(?:icles?|\.)?|[đd]ieu)|(chap(?:ters?|itres?|\.)?|chuong))\s*(?:n[°o.]?\s*)?(\d{1,3}|[ivxl]{1,6})(?![\p{L}\p{N}])/gu;

export function findArticleReferences(text: string): ArticleReference[] {
  const references: ArticleReference[] = [];
  for (const match of fold(text).matchAll(REFERENCE)) {
    const [, article, , written] = match as unknown as [string, string | undefined, string | undefined, string];
    const number = /\d/.test(written) ? Number(written) : fromRoman(written);
    // "article i" is a Roman article number nobody writes; "chapter ii" is common.
    if (number === undefined || (article && !/\d/.test(written))) continue;
    references.push({ kind: article ? 'article' : 'chapter', number });
  }
  return references;
}
