// The last step of `npm run build`, run from dist/ once tsc has compiled it:
// writes the knowledge snapshot (from the compiled loader, so its fingerprint
// matches what `npm start` runs) and marks the build as done.
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeBaseError, loadKnowledgeBase } from '../knowledge/load.ts';
import { libraryOf } from '../library/library.ts';
import { SNAPSHOT_FILE, writeSnapshot } from '../library/snapshot.ts';
import { markBuilt } from './freshness.ts';

export function finishBuild(): void {
  try {
    writeSnapshot(SNAPSHOT_FILE, DEFAULT_KNOWLEDGE_DIR, libraryOf(loadKnowledgeBase(DEFAULT_KNOWLEDGE_DIR)));
  } catch (error) {
    // The build still succeeds: the bot then loads the YAML at start and reports the problems there.
    if (!(error instanceof KnowledgeBaseError)) throw error;
    process.stderr.write(`No knowledge snapshot written.\n${error.message}\n`);
  }
  markBuilt();
}
