// The one place every consumer (commands, autocomplete, buttons, the briefing
// composer) reads the knowledge base and its index from. A reload builds a
// complete new library first and swaps it in with one assignment: the next
// interaction sees the new one, one already running keeps the pair it began
// with, and a knowledge base with problems never replaces a good one.
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeBaseError, loadKnowledgeBase } from '../knowledge/load.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { SearchEngine } from '../search/engine.ts';
import { libraryOf, type Library } from './library.ts';
import { SNAPSHOT_FILE, readSnapshot } from './snapshot.ts';

export type ReloadOutcome =
  | { ok: true; entries: number }
  /** `message` lists every problem as `npm run kb:check` does. */
  | { ok: false; message: string };

export interface OpenOptions {
  knowledgeDir?: string;
  /** The build's snapshot; used when it was made from this knowledge folder as it is now. */
  snapshotFile?: string;
}

export class KnowledgeHolder {
  #current: Library;

  private constructor(
    initial: Library,
    readonly knowledgeDir: string,
    /** Whether the first load came from the snapshot (for the start-up log). */
    readonly fromSnapshot: boolean,
  ) {
    this.#current = initial;
  }

  /** From the build's snapshot when it matches knowledge/, else from the YAML files. Throws KnowledgeBaseError. */
  static open({ knowledgeDir = DEFAULT_KNOWLEDGE_DIR, snapshotFile = SNAPSHOT_FILE }: OpenOptions = {}): KnowledgeHolder {
    const snapshot = readSnapshot(snapshotFile, knowledgeDir);
    if (snapshot) return new KnowledgeHolder(snapshot, knowledgeDir, true);
    return new KnowledgeHolder(libraryOf(loadKnowledgeBase(knowledgeDir)), knowledgeDir, false);
  }

  get current(): Library {
    return this.#current;
  }

  get kb(): KnowledgeBase {
    return this.#current.kb;
  }

  get search(): SearchEngine {
    return this.#current.search;
  }

  /** Reads knowledge/ again (always the YAML: it is what a curator edits); keeps serving the old one on any problem. */
  reload(): ReloadOutcome {
    let next: Library;
    try {
      next = libraryOf(loadKnowledgeBase(this.knowledgeDir));
    } catch (error) {
      if (error instanceof KnowledgeBaseError) return { ok: false, message: error.message };
      return { ok: false, message: `The knowledge base could not be loaded: ${(error as Error).message}` };
    }
    this.#current = next;
    return { ok: true, entries: next.kb.entries.size };
  }
}
