// The knowledge snapshot the build writes: a bot started from it must answer
// exactly as one that read the YAML, and a change to knowledge/ must make it
// unused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Bot } from '../src/bot.ts';
import { KnowledgeHolder } from '../src/library/holder.ts';
import { writeSnapshot } from '../src/library/snapshot.ts';
import { QUESTION_SETS, loadDevSet } from './eval/dev-set.ts';
import { copyKnowledge } from './support/knowledge-copy.ts';

const kb = copyKnowledge();
const scratch = mkdtempSync(join(tmpdir(), 'kb-snapshot-'));
const snapshotFile = join(scratch, 'knowledge.snapshot');
afterAll(() => {
  kb.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** Two bots that differ only in where their knowledge came from; same clock and dice. */
function botOver(knowledge: KnowledgeHolder): Bot {
  return new Bot({ knowledge, now: () => new Date('2026-11-28T09:00:00Z'), random: () => 0.37 });
}

describe('knowledge snapshot', () => {
  const fromYaml = KnowledgeHolder.open({ knowledgeDir: kb.dir, snapshotFile: join(scratch, 'none') });
  writeSnapshot(snapshotFile, kb.dir, fromYaml.current);
  const fromSnapshot = KnowledgeHolder.open({ knowledgeDir: kb.dir, snapshotFile });

  it('is used when it matches knowledge/, and holds the same knowledge base', () => {
    expect(fromYaml.fromSnapshot).toBe(false);
    expect(fromSnapshot.fromSnapshot).toBe(true);
    expect(fromSnapshot.kb).toEqual(fromYaml.kb);
    expect(fromSnapshot.search.size).toBe(fromYaml.search.size);
  });

  it('answers every question of every question set, every command and every autocomplete exactly as the YAML-loaded bot', async () => {
    const yamlBot = botOver(fromYaml);
    const snapshotBot = botOver(fromSnapshot);
    const questions = QUESTION_SETS.flatMap((set) => loadDevSet(set.file));
    expect(questions.length).toBeGreaterThan(200);
    for (const q of questions) {
      const invocation = { lang: q.lang };
      expect(await snapshotBot.execute('ask', { question: q.q }, invocation), q.q).toEqual(await yamlBot.execute('ask', { question: q.q }, invocation));
      expect(snapshotBot.autocomplete('ask', 'question', q.q.slice(0, 6), invocation)).toEqual(yamlBot.autocomplete('ask', 'question', q.q.slice(0, 6), invocation));
    }
    const others: [string, Record<string, unknown>][] = [
      ['quote', {}],
      ['quote', { query: 'Guterres' }],
      ['fact', { topic: 'entrée en vigueur' }],
      ['messages', {}],
      ['signing', {}],
      ['sources', {}],
      ['help', {}],
      ['briefing', { subcommand: 'preview', date: '2026-12-01' }],
      ['signatories', {}],
      ['signatories', { country: 'France' }],
      ['signatories', { country: 'Viet Nam' }],
      ['article', { number: 16 }],
      ['article', { chapter: 3 }],
    ];
    for (const [name, options] of others) {
      for (const lang of ['fr', 'en'] as const) {
        expect(await snapshotBot.execute(name, options, { lang }), name).toEqual(await yamlBot.execute(name, options, { lang }));
      }
    }
  });

  it('is not used once a file under knowledge/ changes, so an edit is always what the bot serves', async () => {
    kb.edit('topics.yaml', (text) => `${text}\n# edited after the snapshot\n`);
    expect(KnowledgeHolder.open({ knowledgeDir: kb.dir, snapshotFile }).fromSnapshot).toBe(false);
    kb.write('texts/new-page.txt', 'A page stored after the snapshot was written.\n');
    expect(KnowledgeHolder.open({ knowledgeDir: kb.dir, snapshotFile }).fromSnapshot).toBe(false);
  });
});
