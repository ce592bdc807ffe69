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

  it('reports a fact whose text no longer states the date or figure it is filed under', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) =>
      t
        .replace('adopted the Convention against Cybercrime on 24 December 2024.', 'adopted the Convention against Cybercrime in December 2024.')
        .replace('figures: { signatories: 72 }', 'figures: { signatories: 73 }'),
    );
    const problems = problemsOf(copy.dir);
    expect(problems).toContainEqual(expect.stringMatching(/facts\.yaml, entry "adoption-date", field "en": does not state its date 2024-12-24 \(when:\)/));
    expect(problems).not.toContainEqual(expect.stringMatching(/entry "adoption-date", field "fr"/));
    expect(problems).toContainEqual(expect.stringMatching(/entry "hanoi-signatories-72", field "fr": does not state its figure signatories: 73/));
  });

  it('reports a date filed in a form it does not read', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace('when: 2026-12-31', 'when: 2026-12-32'));
    expect(problemsOf(copy.dir)).toContainEqual(expect.stringMatching(/entry "open-for-signature-new-york", field "when": must be YYYY-MM-DD/));
  });

  it('words every problem for a curator, never in the validator\'s terms', () => {
    copy = copyKnowledge();
    copy.write('topics.yaml', ['- id: adoption', '  fr: Adoption', '  en: 3', '  colour: red', '- id: other', '  fr: Autre'].join('\n'));
    copy.edit('sources.yaml', (t) => t.replace(/language: fr/, 'language: de'));
    const problems = problemsOf(copy.dir);
    expect(problems).toContainEqual(expect.stringMatching(/topics\.yaml, entry "adoption", field "en": must be text, not a number \(3\)$/));
    expect(problems).toContainEqual(expect.stringMatching(/topics\.yaml, entry "adoption": unknown field "colour": check the spelling, or remove it$/));
    expect(problems).toContainEqual(expect.stringMatching(/topics\.yaml, entry "other", field "en": is missing$/));
    expect(problems).toContainEqual(expect.stringMatching(/sources\.yaml, entry "[a-z0-9-]+", field "language": must be one of fr, en, [a-z, ]+, not the text "de"$/));
    expect(problems.join('\n')).not.toMatch(/Invalid input|expected string|received|Unrecognized key/);
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

  it('reports an excerpt that is not the source’s words', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace('"Adopted by consensus — without a vote — by the 193-member General Assembly"', '"Adopted unanimously by the 193-member General Assembly"'));
    expect(problemsOf(copy.dir)).toContainEqual(
      expect.stringMatching(/facts\.yaml, entry "adoption-without-vote", field "cite\[0\]\.excerpt": excerpt is not found verbatim in texts\/pacc-adoption\.txt/),
    );
  });

  it('reports an excerpt of a source whose text is not stored: it must become a summary', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace(/(- source: c4ir-overview\n)      locator: \{ part: whole \}\n      summary:/, '$1      excerpt: "68 articles"\n      summary:'));
    expect(problemsOf(copy.dir)).toContainEqual(expect.stringMatching(/field "cite\[\d\]\.excerpt": source "c4ir-overview" has no stored text, so an excerpt cannot be checked/));
  });

  it('reports a paragraph number that does not hold the excerpt, and paragraphs of an excerpt-only text', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace('locator: { para: 28 }', 'locator: { para: 27 }'));
    copy.edit('facts.yaml', (t) => t.replace(/(- source: wam-un-news\n)/, '$1      locator: { para: 2 }\n'));
    const problems = problemsOf(copy.dir);
    expect(problems).toContainEqual(expect.stringMatching(/entry "hanoi-name-meaning", field "cite\[0\]\.locator\.para": the excerpt is not in para\. 27 of texts\/vtc-2025-10-25\.txt/));
    expect(problems).toContainEqual(expect.stringMatching(/field "cite\[\d\]\.locator\.para": paragraph numbers need the whole page stored \(source "wam-un-news" has only an excerpt\)/));
  });

  it('reports a misspelt citation field, and a citation that then says nothing of where', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace('      excerpt: "Adopted by consensus', '      excerp: "Adopted by consensus'));
    const problems = problemsOf(copy.dir);
    expect(problems).toContainEqual(expect.stringMatching(/entry "adoption-without-vote", field "cite\[0\]": unknown field "excerp": check the spelling, or remove it/));
    expect(problems).toContainEqual(expect.stringMatching(/entry "adoption-without-vote", field "cite\[0\]\.locator": a citation without an excerpt needs a locator/));
  });

  it('reports a stored text that is missing', () => {
    copy = copyKnowledge();
    copy.delete('texts/cybernews-us-not-sign.txt');
    expect(problemsOf(copy.dir)).toContainEqual(
      expect.stringMatching(/sources\.yaml, entry "cybernews-us-not-sign", field "text\.file": stored text texts\/cybernews-us-not-sign\.txt does not exist/),
    );
  });

  it('reports a current status without the date it was true', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace('  as_of: 2026-12-02\n  current: true\n', '  current: true\n'));
    expect(problemsOf(copy.dir)).toContainEqual(expect.stringMatching(/facts\.yaml, entry "ratification-count-unknown", field "as_of": a current status needs the date it was true/));
  });

  it('npm run kb:check exits non-zero and prints the problem', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace(/topic: adoption/, 'topic: no-such-topic'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/knowledge/check.ts', copy.dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/field "topic": unknown topic "no-such-topic"/);
  });
});

describe('dated entries: kb:check warns on stale statuses, kb:status lists their age', () => {
  let copy: KnowledgeCopy | undefined;
  afterEach(() => copy?.remove());
  const run = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', `src/knowledge/${script}.ts`, ...args], { encoding: 'utf8' });

  it('warns, and still exits 0, when a current status is over 90 days old', () => {
    const fresh = run('check', '--today', '2026-12-02');
    expect(fresh.status).toBe(0);
    expect(fresh.stderr).not.toMatch(/ratification-count-unknown/);
    const later = run('check', '--today', '2027-03-15');
    expect(later.status).toBe(0);
    expect(later.stdout).toMatch(/knowledge: OK/);
    expect(later.stderr).toMatch(/entry "ratification-count-unknown": current status as of 2026-12-02 is 103 days old \(over 90\)/);
    expect(later.stderr).not.toMatch(/hanoi-signatories-72/);
  });

  it('stops warning once a curator re-checks the status and moves its date', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace('  as_of: 2026-02-10\n  current: true', '  as_of: 2026-12-01\n  current: true'));
    const checked = run('check', copy.dir, '--today', '2026-12-02');
    expect(checked.status).toBe(0);
    expect(checked.stderr).not.toMatch(/signatories-reported-2026/);
    expect(checked.stderr).toMatch(/azerbaijan-parliament-approval/);
  });

  it('dates every state\'s signature answer by when signatories.yaml was checked, and its later statuses by their facts', () => {
    const status = run('status', '--today', '2026-12-02');
    expect(status.stdout).toMatch(/signatory-\*\s+2026-12-02\s+0 days\s+current\n/);
    expect(status.stdout).toMatch(/russia-ratification-begun\s+2026-01-28\s+308 days\s+current — STALE/);
    const later = run('check', '--today', '2027-03-15');
    expect(later.status).toBe(0);
    expect(later.stderr).toMatch(/knowledge\/signatories\.yaml, entry "signatory-\*": current status as of 2026-12-02 is 103 days old \(over 90\): .*update it and its checked/);
  });

  it('lists every dated entry with its age and whether it is stale', () => {
    const status = run('status', '--today', '2026-12-02');
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(/ratification-count-unknown\s+2026-12-02\s+0 days\s+current\n/);
    expect(status.stdout).toMatch(/signatories-reported-2026\s+2026-02-10\s+295 days\s+current — STALE, check again/);
    expect(status.stdout).toMatch(/hanoi-signatories-72\s+2025-10-26\s+402 days\s+historical/);
    expect(run('status', '--today', '2026-13-45x').status).toBe(2);
  });
});
