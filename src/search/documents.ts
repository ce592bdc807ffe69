// Turns knowledge-base entries into search documents: one per answerable
// entry, each field already analyzed in the language it is written in.
import { gradesOf, isStateable } from '../knowledge/articles-schema.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { analyze, type AnalyzeLang } from './text.ts';

export const SEARCH_FIELDS = ['title', 'keywords', 'aliases', 'body', 'speaker', 'topic'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchDocument extends Record<SearchField, string> {
  id: string;
  kind: Entry['kind'];
}

type Part = readonly [text: string | undefined, lang: AnalyzeLang];

function field(...parts: Part[]): string {
  return parts.flatMap(([text, lang]) => (text ? analyze(text, lang) : [])).join(' ');
}

const list = (items: readonly string[]): Part => [items.join(' ; '), 'any'];

/**
 * The search document of an entry, or none: a state's signature status is
 * found by its country's name (src/countries), not by words it shares with
 * every other state's; an article whose title and content are not confirmed
 * has nothing to be found by but its number.
 */
function toDocument(entry: Entry, kb: KnowledgeBase): SearchDocument | undefined {
  const base = { id: entry.id, kind: entry.kind, speaker: '', topic: '', aliases: '' };
  switch (entry.kind) {
    case 'fact': {
      const topic = kb.topics.get(entry.topic);
      return {
        ...base,
        title: field([entry.title.fr, 'fr'], [entry.title.en, 'en']),
        keywords: field(list(entry.keywords)),
        aliases: field(list(entry.aliases)),
        body: field([entry.fr, 'fr'], [entry.en, 'en']),
        topic: field([topic?.fr, 'fr'], [topic?.en, 'en']),
      };
    }
    case 'quote':
      return {
        ...base,
        title: field([entry.occasion.fr, 'fr'], [entry.occasion.en, 'en']),
        keywords: field(list(entry.keywords)),
        body: field([entry.text, entry.language], [entry.translation?.text, entry.translation?.language ?? 'any']),
        speaker: field([entry.speaker, 'any'], [entry.role.fr, 'fr'], [entry.role.en, 'en']),
      };
    case 'message':
      return {
        ...base,
        title: field([entry.title.fr, 'fr'], [entry.title.en, 'en']),
        keywords: field(list(entry.keywords)),
        body: field([entry.fr, 'fr'], [entry.en, 'en']),
      };
    case 'messages':
      return {
        ...base,
        title: field([entry.title.fr, 'fr'], [entry.title.en, 'en']),
        keywords: field(list(entry.keywords)),
        aliases: field(list(entry.aliases)),
        body: field([entry.intro.fr, 'fr'], [entry.intro.en, 'en']),
      };
    case 'signing':
      return {
        ...base,
        title: field([entry.title.fr, 'fr'], [entry.title.en, 'en']),
        keywords: field(list(entry.keywords)),
        aliases: field(list(entry.aliases)),
        body: field(
          [entry.intro.fr, 'fr'],
          [entry.intro.en, 'en'],
          ...entry.signers.flatMap((s): Part[] => [[s.state.fr, 'fr'], [s.state.en, 'en']]),
        ),
      };
    case 'article': {
      const title = entry.title && isStateable(gradesOf(entry).title) ? entry.title : undefined;
      const about = entry.about && isStateable(gradesOf(entry).content) ? entry.about : undefined;
      if (!title && !about) return undefined;
      return {
        ...base,
        title: field([title?.en, 'en'], [title?.fr, 'fr']),
        keywords: field(list([`article ${entry.number}`])),
        body: field([about?.fr, 'fr'], [about?.en, 'en']),
      };
    }
    case 'chapter':
      return {
        ...base,
        title: field([entry.title.en, 'en'], [entry.title.fr, 'fr']),
        keywords: field(list([`chapter ${entry.number}`, `chapitre ${entry.number}`])),
        body: '',
      };
    case 'signatory':
    case 'signatories':
      return undefined;
  }
}

export function buildDocuments(kb: KnowledgeBase): SearchDocument[] {
  return [...kb.entries.values()].flatMap((entry) => toDocument(entry, kb) ?? []);
}
