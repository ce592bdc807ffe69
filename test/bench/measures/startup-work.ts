// What the bot does once at start before it can answer. From the YAML (a
// reload, or a start after knowledge/ changed): load and validate the
// knowledge base, then build the search index. From the build's snapshot
// (`npm start` while knowledge/ is unchanged): read it, check its
// fingerprint, deserialize it and index the analysed documents it holds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import { libraryOf } from '../../../src/library/library.ts';
import { readSnapshot, writeSnapshot } from '../../../src/library/snapshot.ts';
import { SearchEngine } from '../../../src/search/engine.ts';
import { distributionRow, type Measure } from '../measure.ts';
import { timeEach } from '../stats.ts';
import { formatMs } from '../table.ts';

const SAMPLES = 30;
const TARGET = { figure: 'p99', below: 50 } as const;

export const startupWork: Measure = {
  name: 'knowledge base load and index build',
  async run() {
    const load = await timeEach(SAMPLES, () => loadKnowledgeBase());
    const kb = loadKnowledgeBase();
    const build = await timeEach(SAMPLES, () => new SearchEngine(kb));
    // Written for the code as it runs here (the fingerprint covers it), as the build writes dist/'s.
    const dir = mkdtempSync(join(tmpdir(), 'bench-snapshot-'));
    const file = join(dir, 'knowledge.snapshot');
    let fromSnapshot: number[];
    try {
      writeSnapshot(file, DEFAULT_KNOWLEDGE_DIR, libraryOf(kb));
      fromSnapshot = await timeEach(SAMPLES, () => {
        if (!readSnapshot(file, DEFAULT_KNOWLEDGE_DIR)) throw new Error('the snapshot just written does not match knowledge/');
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The bot does each once, cold, at start-up: the first sample is that case.
    const cold = (samples: number[]) => `first sample (cold, as at start-up): ${formatMs(samples[0] ?? NaN)}`;
    return [
      distributionRow('Knowledge base load + validation (knowledge/*.yaml, quotes checked verbatim)', load, 'ms', { note: cold(load) }),
      distributionRow('Search index build from the knowledge base (a reload, or a start after knowledge/ changed)', build, 'ms', { target: TARGET, note: cold(build) }),
      distributionRow("Knowledge base and index from the build's snapshot (npm start while knowledge/ is unchanged)", fromSnapshot, 'ms', { target: TARGET, note: cold(fromSnapshot) }),
    ];
  },
};
