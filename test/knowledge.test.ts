import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { KnowledgeBaseError, loadKnowledgeBase } from '../src/knowledge/load.ts';
import { containsVerbatim } from '../src/knowledge/verbatim.ts';
import { copyKnowledge, type KnowledgeCopy } from './support/knowledge-copy.ts';

function problemsOf(dir: string): string[] {
  try {
    loadKnowledgeBase(dir);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.message.split('\n').slice(1).map((l) => l.trim());
    throw error;
  }
  return [];
}

describe('the knowledge base in the repository', () => {
  const kb = loadKnowledgeBase();

  it('covers the core issue: at least 60 facts, the quotes, three ordered messages, the signing order', () => {
    expect(kb.facts.length).toBeGreaterThanOrEqual(60);
    expect(kb.quotes.length).toBeGreaterThanOrEqual(4);
    expect(kb.messages.messages.map((m) => m.order)).toEqual([1, 2, 3]);
    expect(kb.signing.signers.map((s) => s.state.en)).toEqual(['Viet Nam (host country)', 'Maldives', 'Algeria', 'Australia']);
  });

  it('marks every disputed figure the checked facts name as disputed', () => {
    const disputed = kb.facts.filter((f) => f.disputed).map((f) => `${f.en} ${f.disputed?.en}`);
    for (const figure of ['72', '68', '33']) {
      expect(disputed.some((text) => text.includes(figure)), `a disputed fact giving ${figure}`).toBe(true);
    }
  });

  it('quotes every quotation of the primary article verbatim', () => {
    const article = kb.sources.get('vtc-2025-10-25')?.storedText ?? '';
    const fromArticle = kb.quotes.filter((q) => q.cite.some((c) => c.source === 'vtc-2025-10-25'));
    for (const start of ['Cette Convention témoigne', 'Travaillons ensemble', 'Ces trois messages illustrent']) {
      expect(fromArticle.some((q) => q.text.startsWith(start)), start).toBe(true);
    }
    for (const quote of fromArticle) expect(containsVerbatim(article, quote.text)).toBe(true);
  });
});

describe('validation errors name the file, the entry and the field', () => {
  let copy: KnowledgeCopy;
  afterEach(() => copy.remove());

  it('reports a quote that is not verbatim in its source', () => {
    copy = copyKnowledge();
    copy.edit('quotes.yaml', (t) => t.replace('pour apporter des solutions', 'pour trouver des solutions'));
    expect(problemsOf(copy.dir)).toContainEqual(
      expect.stringMatching(/quotes\.yaml, entry "guterres-multilateralism", field "text": quote is not found verbatim in texts\/vtc-2025-10-25\.txt/),
    );
  });

  it('reports a citation of a source that does not exist', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace(/source: vtc-2025-10-25/, 'source: no-such-source'));
    expect(problemsOf(copy.dir)).toContainEqual(expect.stringMatching(/facts\.yaml, entry "[a-z0-9-]+", field "cite\[0\]\.source": unknown source "no-such-source"/));
  });

  it('reports a duplicate id across files', () => {
    copy = copyKnowledge();
    const firstFactId = loadKnowledgeBase(copy.dir).facts[0]?.id as string;
    copy.edit('quotes.yaml', (t) => t.replace('id: guterres-multilateralism', `id: ${firstFactId}`));
    expect(problemsOf(copy.dir)).toContainEqual(expect.stringMatching(new RegExp(`quotes\\.yaml, entry "${firstFactId}", field "id": duplicate id`)));
  });

  it('reports an empty field and a missing citation with the entry id', () => {
    copy = copyKnowledge();
    copy.write(
      'facts.yaml',
      ['- id: broken-fact', '  topic: adoption', '  title: { fr: Titre, en: Title }', '  fr: ""', '  en: Text', '  cite: []'].join('\n'),
    );
    const problems = problemsOf(copy.dir);
    expect(problems).toContainEqual(expect.stringMatching(/facts\.yaml, entry "broken-fact", field "fr": must not be empty/));
    expect(problems).toContainEqual(expect.stringMatching(/facts\.yaml, entry "broken-fact", field "cite": needs at least one citation/));
  });

  it('reports invalid YAML with its line', () => {
    copy = copyKnowledge();
    copy.write('topics.yaml', '- id: adoption\n  fr: "unterminated\n');
    expect(problemsOf(copy.dir)).toContainEqual(expect.stringMatching(/topics\.yaml: invalid YAML at line \d+/));
  });

  it('reports a missing file', () => {
    copy = copyKnowledge();
    copy.delete('signing.yaml');
    expect(problemsOf(copy.dir)).toContainEqual(expect.stringMatching(/signing\.yaml: file is missing/));
  });

  it('npm run kb:check exits non-zero and prints the problem', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace(/topic: adoption/, 'topic: no-such-topic'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/knowledge/check.ts', copy.dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/field "topic": unknown topic "no-such-topic"/);
  });
});
