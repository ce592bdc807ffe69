// Baseline: Fuse.js configured the way most FAQ bots use it — weighted keys
// (ours: keywords above title and aliases above body), the default threshold,
// and location ignored so a match deep in a body counts.
import Fuse from 'fuse.js';
import type { Entry } from '../../../src/knowledge/types.ts';
import type { SearchSystem } from '../dev-set.ts';
import { baselineAnswer, plainDocument } from './documents.ts';

export function fuseSystem(entries: ReadonlyMap<string, Entry>): SearchSystem {
  const fuse = new Fuse([...entries.values()].flatMap((entry) => plainDocument(entry) ?? []), {
    keys: [
      { name: 'title', weight: 2 },
      { name: 'keywords', weight: 2.5 },
      { name: 'aliases', weight: 2 },
      { name: 'body', weight: 1 },
    ],
    threshold: 0.6,
    ignoreLocation: true,
  });
  return (question) => baselineAnswer(entries, fuse.search(question.q).map((r) => r.item.id));
}
