// The knowledge-base entries as a generic search library sees them: plain
// text fields, no analysis of our own, so the baselines measure the library
// and not our French, English and Vietnamese processing.
import { LANGS, type Lang } from '../../../src/knowledge/schema.ts';
import type { Entry } from '../../../src/knowledge/types.ts';
import type { SystemAnswer } from '../dev-set.ts';

export interface PlainDocument {
  id: string;
  title: string[];
  body: string[];
  keywords: string[];
  aliases: string[];
}

/** The same text in every language. */
const all = (text: Readonly<Record<Lang, string>>): string[] => LANGS.map((lang) => text[lang]);

/** The same entries our search indexes (see src/search/documents.ts), as plain text; none for the others. */
export function plainDocument(entry: Entry): PlainDocument | undefined {
  if (entry.kind === 'signatory' || entry.kind === 'signatories') return undefined;
  if (entry.kind === 'article') {
    if (!entry.title && !entry.about) return undefined;
    const title = entry.title ? [entry.title.en, entry.title.fr] : [];
    return { id: entry.id, title, body: entry.about ? [entry.about.fr, entry.about.en] : [], keywords: [`article ${entry.number}`], aliases: [] };
  }
  if (entry.kind === 'chapter') {
    return { id: entry.id, title: [entry.title.en, entry.title.fr], body: [], keywords: [`chapter ${entry.number}`, `chapitre ${entry.number}`], aliases: [] };
  }
  const base = { id: entry.id, keywords: [...entry.keywords], aliases: [] as string[] };
  switch (entry.kind) {
    case 'fact':
      return { ...base, title: all(entry.title), body: all(entry), aliases: [...entry.aliases] };
    case 'quote':
      // A quote has no title: who said it and where stand in, as they do in our index.
      return {
        ...base,
        title: [entry.speaker, ...all(entry.role), ...all(entry.occasion)],
        body: [entry.text, ...Object.values(entry.translations).map((t) => (typeof t === 'string' ? t : t.text))],
      };
    case 'message':
      return { ...base, title: all(entry.title), body: all(entry) };
    case 'messages':
      return { ...base, title: all(entry.title), body: all(entry.intro), aliases: [...entry.aliases] };
    case 'signing':
      return {
        ...base,
        title: all(entry.title),
        body: [...all(entry.intro), ...entry.signers.flatMap((s) => all(s.state))],
        aliases: [...entry.aliases],
      };
  }
}

/**
 * A baseline answers with the entry it ranks first. Our entries carry their
 * citations, so a baseline answer counts as cited when that entry has one.
 */
export function baselineAnswer(entries: ReadonlyMap<string, Entry>, ranked: string[]): SystemAnswer {
  const top = ranked[0] === undefined ? undefined : entries.get(ranked[0]);
  return { ranked, cited: (top?.cite.length ?? 0) > 0 };
}
