// The knowledge snapshot: the validated knowledge base and what its search
// index is built from (the analysed documents, the language vocabulary),
// serialized with v8 by the build, so a start with an unchanged knowledge/
// skips the YAML parsing, the validation and the text analysis. v8's format
// carries Maps and shared references, so the snapshot needs no change when
// the knowledge base grows a field, a file or an entry kind. It is only used
// when its fingerprint matches: the content of every file under knowledge/,
// the bot's code as running (src/, whatever part of it loading and indexing
// comes to use) and the dependencies' lockfile — both by size and time of
// change, which any build or install updates, so checking costs file stats —
// and the Node version.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { PROJECT_ROOT } from '../paths.ts';
import type { SearchIndexState } from '../search/engine.ts';
import { libraryOf, type Library } from './library.ts';

/** Written by `npm run build` next to the compiled code it belongs to. */
export const SNAPSHOT_FILE = join(PROJECT_ROOT, 'dist', 'knowledge.snapshot');

/** Bumped when the snapshot's own layout changes. */
const FORMAT = 2;

interface SnapshotData {
  kb: KnowledgeBase;
  index: SearchIndexState;
}

/** The file starts with the fingerprint and a newline, so a stale snapshot is rejected before it is deserialized. */
const FINGERPRINT_BYTES = 64;

/** The running code's src/ folder (dist/src/ once compiled). */
const CODE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The dependencies' exact versions (MiniSearch's format, the country names, the validator). */
const LOCKFILE = join(PROJECT_ROOT, 'package-lock.json');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function hashContents(hash: ReturnType<typeof createHash>, root: string, files: readonly string[]): void {
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}

function hashStats(hash: ReturnType<typeof createHash>, root: string, files: readonly string[]): void {
  for (const file of files) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(root, file)}\0${size}\0${mtimeMs}\0`);
  }
}

let codeFingerprint: string | undefined;

/** Identifies a knowledge folder's content as read by this code on this Node. */
export function fingerprint(knowledgeDir: string): string {
  if (codeFingerprint === undefined) {
    const code = createHash('sha256').update(`${FORMAT}\0${process.version}\0`);
    hashStats(code, CODE_ROOT, filesUnder(CODE_ROOT));
    if (existsSync(LOCKFILE)) hashStats(code, PROJECT_ROOT, [LOCKFILE]);
    codeFingerprint = code.digest('hex');
  }
  const hash = createHash('sha256').update(codeFingerprint);
  hashContents(hash, knowledgeDir, filesUnder(knowledgeDir));
  return hash.digest('hex');
}

export function writeSnapshot(file: string, knowledgeDir: string, library: Library): void {
  const data: SnapshotData = { kb: library.kb, index: library.search.indexState() };
  // Written aside then renamed, so a start never reads half a snapshot.
  writeFileSync(`${file}.tmp`, Buffer.concat([Buffer.from(`${fingerprint(knowledgeDir)}\n`), serialize(data)]));
  renameSync(`${file}.tmp`, file);
}

/** The library a snapshot holds, or undefined when there is none or it no longer matches knowledge/ or the code. */
export function readSnapshot(file: string, knowledgeDir: string): Library | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.toString('latin1', 0, FINGERPRINT_BYTES) !== fingerprint(knowledgeDir)) return undefined;
  const data = deserialize(bytes.subarray(FINGERPRINT_BYTES + 1)) as SnapshotData;
  return libraryOf(data.kb, data.index);
}
