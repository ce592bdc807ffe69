// Turns knowledge-base entries into search documents: one per answerable
// entry, each field already analyzed in the language it is written in.
import { gradesOf, isStateable } from '../knowledge/articles-schema.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { analyze, fold, type AnalyzeLang } from './text.ts';

export const SEARCH_FIELDS = ['title', 'keywords', 'aliases', 'body', 'speaker', 'topic'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchDocument extends Record<SearchField, string> {
  id: string;
  kind: Entry['kind'];
}

type Part = readonly [text: string | undefined, lang: AnalyzeLang];
/** An entry's searchable text, field by field, each piece with the language it is written in. */
type EntryText = Record<SearchField, Part[]>;

const list = (items: readonly string[]): Part => [items.join(' ; '), 'any'];

/**
 * An entry's searchable text, or none: a state's signature status is found by
 * its country's name (src/countries), not by words it shares with every other
 * state's; an article whose title and content are not confirmed has nothing
 * to be found by but its number.
 */
function entryText(entry: Entry, kb: KnowledgeBase): EntryText | undefined {
  const base = { speaker: [], topic: [], aliases: [] };
  switch (entry.kind) {
    case 'fact': {
      const topic = kb.topics.get(entry.topic);
      return {
        ...base,
        title: [[entry.title.fr, 'fr'], [entry.title.en, 'en']],
        keywords: [list(entry.keywords)],
        aliases: [list(entry.aliases)],
        body: [[entry.fr, 'fr'], [entry.en, 'en']],
        topic: [[topic?.fr, 'fr'], [topic?.en, 'en']],
      };
    }
    case 'quote':
      return {
        ...base,
        title: [[entry.occasion.fr, 'fr'], [entry.occasion.en, 'en']],
        keywords: [list(entry.keywords)],
        body: [[entry.text, entry.language], [entry.translation?.text, entry.translation?.language ?? 'any']],
        speaker: [[entry.speaker, 'any'], [entry.role.fr, 'fr'], [entry.role.en, 'en']],
      };
    case 'message':
      return {
        ...base,
        title: [[entry.title.fr, 'fr'], [entry.title.en, 'en']],
        keywords: [list(entry.keywords)],
        body: [[entry.fr, 'fr'], [entry.en, 'en']],
      };
    case 'messages':
      return {
        ...base,
        title: [[entry.title.fr, 'fr'], [entry.title.en, 'en']],
        keywords: [list(entry.keywords)],
        aliases: [list(entry.aliases)],
        body: [[entry.intro.fr, 'fr'], [entry.intro.en, 'en']],
      };
    case 'signing':
      return {
        ...base,
        title: [[entry.title.fr, 'fr'], [entry.title.en, 'en']],
        keywords: [list(entry.keywords)],
        aliases: [list(entry.aliases)],
        body: [[entry.intro.fr, 'fr'], [entry.intro.en, 'en'], ...entry.signers.flatMap((s): Part[] => [[s.state.fr, 'fr'], [s.state.en, 'en']])],
      };
    case 'article': {
      const title = entry.title && isStateable(gradesOf(entry).title) ? entry.title : undefined;
      const about = entry.about && isStateable(gradesOf(entry).content) ? entry.about : undefined;
      if (!title && !about) return undefined;
      return {
        ...base,
        title: [[title?.en, 'en'], [title?.fr, 'fr']],
        keywords: [list([`article ${entry.number}`])],
        body: [[about?.fr, 'fr'], [about?.en, 'en']],
      };
    }
    case 'chapter':
      return {
        ...base,
        title: [[entry.title.en, 'en'], [entry.title.fr, 'fr']],
        keywords: [list([`chapter ${entry.number}`, `chapitre ${entry.number}`])],
        body: [],
      };
    case 'signatory':
    case 'signatories':
      return undefined;
  }
}

function analyzed(parts: readonly Part[]): string {
  return parts.flatMap(([text, lang]) => (text ? analyze(text, lang) : [])).join(' ');
}

export function buildDocuments(kb: KnowledgeBase): SearchDocument[] {
  return [...kb.entries.values()].flatMap((entry) => {
    const text = entryText(entry, kb);
    if (!text) return [];
    const fields = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, analyzed(text[f])])) as Record<SearchField, string>;
    return [{ id: entry.id, kind: entry.kind, ...fields }];
  });
}

/**
 * The words (folded, unstemmed) the knowledge base writes in each language:
 * what tells a short question's language when it has no function words
 * ("entry into force", "signataires").
 */
export function wordsByLanguage(kb: KnowledgeBase): Record<Lang, Set<string>> {
  const words: Record<Lang, Set<string>> = { fr: new Set(), en: new Set() };
  for (const entry of kb.entries.values()) {
    for (const [text, lang] of Object.values(entryText(entry, kb) ?? {}).flat()) {
      if (!text || lang === 'any') continue;
      for (const word of fold(text).split(/[^\p{L}]+/u)) if (word.length >= 3) words[lang].add(word);
    }
  }
  return words;
}
