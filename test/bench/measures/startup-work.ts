// What the bot does once at start before it can answer: load and validate the
// knowledge base, then build the search index.
import { loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import { SearchEngine } from '../../../src/search/engine.ts';
import { distributionRow, type Measure } from '../measure.ts';
import { timeEach } from '../stats.ts';
import { formatMs } from '../table.ts';

const SAMPLES = 30;

export const startupWork: Measure = {
  name: 'knowledge base load and index build',
  async run() {
    const load = await timeEach(SAMPLES, () => loadKnowledgeBase());
    const kb = loadKnowledgeBase();
    const build = await timeEach(SAMPLES, () => new SearchEngine(kb));
    // The bot does each once, cold, at start-up: the first sample is that case.
    const cold = (samples: number[]) => `first sample (cold, as at start-up): ${formatMs(samples[0] ?? NaN)}`;
    return [
      distributionRow('Knowledge base load + validation (knowledge/*.yaml, quotes checked verbatim)', load, 'ms', { note: cold(load) }),
      distributionRow('Search index build', build, 'ms', { target: { figure: 'p99', below: 50 }, note: cold(build) }),
    ];
  },
};
