// Baseline: MiniSearch as it comes out of the box (default tokenizer and
// processTerm, no boosts, no fuzzy or prefix matching), answering with its
// top result and declining only when it finds nothing at all.
import MiniSearch from 'minisearch';
import type { Entry } from '../../../src/knowledge/types.ts';
import type { SearchSystem } from '../dev-set.ts';
import { baselineAnswer, plainDocument } from './documents.ts';

const FIELDS = ['title', 'body', 'keywords', 'aliases'] as const;

export function miniSearchDefaultSystem(entries: ReadonlyMap<string, Entry>): SearchSystem {
  const index = new MiniSearch<Record<(typeof FIELDS)[number] | 'id', string>>({ fields: [...FIELDS] });
  index.addAll(
    [...entries.values()].flatMap((entry) => plainDocument(entry) ?? []).map((doc) => ({
      id: doc.id,
      title: doc.title.join('\n'),
      body: doc.body.join('\n'),
      keywords: doc.keywords.join('\n'),
      aliases: doc.aliases.join('\n'),
    })),
  );
  return (question) => baselineAnswer(entries, index.search(question.q).map((r) => String(r.id)));
}
