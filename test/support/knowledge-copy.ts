// A writable copy of knowledge/ for tests that break it on purpose.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';

export interface KnowledgeCopy {
  dir: string;
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
  delete(file: string): void;
  remove(): void;
}

export function copyKnowledge(): KnowledgeCopy {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`test edit changed nothing in ${file}`);
      writeFileSync(path, after);
    },
    write(file, text) {
      writeFileSync(join(dir, file), text);
    },
    delete(file) {
      rmSync(join(dir, file));
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
