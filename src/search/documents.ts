// Turns knowledge-base entries into search documents: one per answerable
// entry, each field already analyzed in the language it is written in.
import { gradesOf, isStateable } from '../knowledge/articles-schema.ts';
import { LANGS, type Lang, type QuoteEntry } from '../knowledge/schema.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { fold } from '../text/fold.ts';
import { hasVietnameseLetters, vietnameseEvidence } from '../text/vietnamese.ts';
import { analyze, type AnalyzeLang } from './text.ts';

export const SEARCH_FIELDS = ['title', 'keywords', 'aliases', 'body', 'speaker', 'topic'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchDocument extends Record<SearchField, string> {
  id: string;
  kind: Entry['kind'];
}

type Part = readonly [text: string | undefined, lang: AnalyzeLang];
/** An entry's searchable text, field by field, each piece with the language it is written in. */
type EntryText = Record<SearchField, Part[]>;

/** A list of keywords or aliases in any language: the Vietnamese ones are read as Vietnamese, the others together. */
const list = (items: readonly string[]): Part[] => {
  const vietnamese = items.filter(isVietnameseText);
  const others = items.filter((item) => !isVietnameseText(item));
  return [[others.join(' ; '), 'any'], [vietnamese.join(' ; '), 'vi']];
};

/** A keyword or a subject written in Vietnamese, also one whose letters French writes too ("công ty"). */
export const isVietnameseText = (text: string) => hasVietnameseLetters(text) || vietnameseEvidence(text) >= 2;

/** The same text in every language, each analysed as its own. */
const each = (text: Readonly<Record<Lang, string>> | undefined): Part[] => LANGS.map((lang) => [text?.[lang], lang]);

const translationParts = (translations: QuoteEntry['translations']): Part[] =>
  LANGS.map((lang) => {
    const t = translations[lang];
    return [typeof t === 'string' ? t : t?.text, lang];
  });

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
        title: each(entry.title),
        keywords: list(entry.keywords),
        aliases: list(entry.aliases),
        body: each(entry),
        topic: each(topic),
      };
    }
    case 'quote':
      return {
        ...base,
        title: each(entry.occasion),
        keywords: list(entry.keywords),
        body: [[entry.text, entry.language], ...translationParts(entry.translations)],
        speaker: [[entry.speaker, 'any'], ...each(entry.role)],
      };
    case 'message':
      return {
        ...base,
        title: each(entry.title),
        keywords: list(entry.keywords),
        body: each(entry),
      };
    case 'messages':
      return {
        ...base,
        title: each(entry.title),
        keywords: list(entry.keywords),
        aliases: list(entry.aliases),
        body: each(entry.intro),
      };
    case 'signing':
      return {
        ...base,
        title: each(entry.title),
        keywords: list(entry.keywords),
        aliases: list(entry.aliases),
        body: [...each(entry.intro), ...entry.signers.flatMap((s) => each(s.state))],
      };
    case 'article': {
      const title = entry.title && isStateable(gradesOf(entry).title) ? entry.title : undefined;
      const about = entry.about && isStateable(gradesOf(entry).content) ? entry.about : undefined;
      if (!title && !about) return undefined;
      return {
        ...base,
        title: each(title),
        keywords: list([`article ${entry.number}`, `điều ${entry.number}`, ...entry.keywords]),
        body: each(about),
      };
    }
    case 'chapter':
      return {
        ...base,
        title: each(entry.title),
        keywords: list([`chapter ${entry.number}`, `chapitre ${entry.number}`, `chương ${entry.number}`]),
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
  const words: Record<Lang, Set<string>> = { fr: new Set(), en: new Set(), vi: new Set() };
  for (const entry of kb.entries.values()) {
    for (const [text, lang] of Object.values(entryText(entry, kb) ?? {}).flat()) {
      if (!text || lang === 'any') continue;
      for (const word of fold(text).split(/[^\p{L}]+/u)) if (word.length >= 3) words[lang].add(word);
    }
  }
  return words;
}
