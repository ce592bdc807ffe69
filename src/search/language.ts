// Guesses whether a question is French or English from its function words,
// so the answer comes back in the language it was asked in.
import type { Lang } from '../knowledge/schema.ts';
import { LANGUAGE_MARKERS } from './stopwords.ts';
import { fold } from './text.ts';

export function detectLanguage(text: string): Lang | undefined {
  const tokens = fold(text).split(/[^\p{L}\p{N}'-]+/u);
  let fr = /[àâçéèêëîïôûùüÿœ«»]/i.test(text) ? 1 : 0;
  // English possessives (the president's) are English whatever else the text holds.
  let en = (fold(text).match(/\p{L}'s(?![\p{L}\p{N}])/gu) ?? []).length;
  for (const raw of tokens) {
    const token = raw.replace(/^(?:[ldjmnstc]|qu)'/, '');
    if (/^(?:[ldjmnstc]|qu)'/.test(raw)) fr += 1;
    if (LANGUAGE_MARKERS.fr.has(token)) fr += 1;
    if (LANGUAGE_MARKERS.en.has(token)) en += 1;
  }
  if (fr === en) return undefined;
  return fr > en ? 'fr' : 'en';
}
