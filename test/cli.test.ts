import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pngSize } from './support/png.ts';
import { runScript } from './support/run.ts';

const cli = (...args: string[]) => runScript('src/cli/main.ts', args);

async function cliJson(...args: string[]) {
  const run = await cli(...args, '--json');
  expect(run.code, run.stderr).toBe(0);
  const lines = run.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] as string) as Record<string, unknown> & {
    found: boolean;
    answer: string;
    citations: { title: string; url: string; publisher: string; published?: string; checked: string; locator: string; sourceWords?: string[]; ourSummary?: string[] }[];
  };
}

describe('CLI JSON contract', () => {
  it('answers a French question in French, with its citations', async () => {
    const json = await cliJson('ask', 'qui a signé la convention en premier ?');
    expect(json.found).toBe(true);
    expect(json.lang).toBe('fr');
    expect(json.answer).toContain('Viet Nam');
    expect(json.answer).toContain('Maldives');
    expect(json.citations.length).toBeGreaterThan(0);
    for (const citation of json.citations) {
      expect(citation.url).toMatch(/^https:\/\//);
      expect(citation.title).not.toBe('');
      expect(citation.publisher).not.toBe('');
      expect(citation.published ?? '').toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      expect(citation.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Where in the source: a locator, or the source's own words.
      expect(citation.locator !== '' || (citation.sourceWords ?? []).length > 0).toBe(true);
    }
  });

  it('puts the whole list in `answer` for the three messages, in the language asked for', async () => {
    const json = await cliJson('messages', '--lang', 'en');
    expect(json.found).toBe(true);
    expect(json.answer).toMatch(/1\. .*international law/);
    expect(json.answer).toMatch(/2\. .*camaraderie/i);
    expect(json.answer).toMatch(/3\. .*left behind/);
    expect(json.citations[0]?.url).toContain('vtcnews.vn');
  });

  it('answers /signatories for a country, with its entry id and the date checked', async () => {
    const json = await cliJson('signatories', 'france', '--lang', 'en');
    expect(json.found).toBe(true);
    expect(json.entries).toEqual(['signatory-fr']);
    expect(json.answer).toMatch(/^France — signed in Hanoi\n\nYes — France signed the Convention on 25 October 2025 in Hanoi\./);
    expect(json.answer).toContain('2 December 2026');
    expect(json.citations[0]?.url).toContain('treaties.un.org');
  });

  it('answers /article by number, in the language asked for', async () => {
    const json = await cliJson('article', '41', '--lang', 'fr');
    expect(json.entries).toEqual(['article-41']);
    expect(json.title).toBe('Article 41 — Chapitre V (intitulé non confirmé)');
  });

  it('declines out of scope with found: false, no citations and exit 0', async () => {
    const json = await cliJson('ask', 'What is the capital of Peru?');
    expect(json.found).toBe(false);
    expect(json.citations).toEqual([]);
    expect(json.answer).toMatch(/rather not guess/);
  });

  it('answers a greeting with found: false, a pointer to /help and no citations', async () => {
    const json = await cliJson('ask', 'bonjour');
    expect(json).toMatchObject({ found: false, kind: 'notice', lang: 'fr', citations: [], entries: [] });
    expect(json.answer).toContain('/help');
  });

  it('answers a short English question in English, whatever --lang says', async () => {
    const json = await cliJson('ask', 'entry into force', '--lang', 'fr');
    expect(json).toMatchObject({ found: true, lang: 'en', entries: ['entry-into-force-rule'] });
    expect(json.answer).toMatch(/90th day/);
  });

  it('takes --lang as the reader’s language when the words do not tell', async () => {
    expect(await cliJson('ask', 'Guterres', '--lang', 'en')).toMatchObject({ lang: 'en' });
    expect(await cliJson('ask', 'Guterres')).toMatchObject({ lang: 'fr' });
  });

  it('words usage errors in the language of the rest of the reply', async () => {
    const english = await cli('ask', 'who signed the convention first', '--bogus', 'x');
    expect(english.stderr).toMatch(/^unknown flag --bogus for ask; usage:/);
    const french = await cli('frobnicate');
    expect(french.stderr).toMatch(/^commande inconnue « frobnicate » ; essayez : help/);
    const chosen = await cli('frobnicate', '--lang', 'en');
    expect(chosen.stderr).toMatch(/^unknown command "frobnicate"; try: help/);
  });

  it('reports usage errors on stderr in one line with a non-zero exit', async () => {
    for (const args of [['frobnicate'], ['ask'], [], ['ask', 'x', '--lang', 'de'], ['ask', '--bogus', 'x']]) {
      const run = await cli(...args, '--json');
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n'), run.stderr).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('answers in plain text without --json', async () => {
    const run = await cli('signing', '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Signing order in Hanoi/);
    expect(run.stdout).toContain('https://vtcnews.vn/');
    expect(run.stdout).toMatch(/names no later position/);
  });
});

describe('CLI pictures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-picture-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('timeline --out writes the PNG and says where, in the language asked for', async () => {
    const file = join(dir, 'chronologie.png');
    const run = await cli('timeline', '--out', file, '--lang', 'fr');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Convention de Hanoï : la chronologie/);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(`Image enregistrée dans ${file} (1200×400).`);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 400 });
  });

  it('with --json, describes the picture and names the file written', async () => {
    const file = join(dir, 'timeline.png');
    const json = await cliJson('timeline', '--out', file, '--lang', 'en');
    expect(json.found).toBe(true);
    expect(json.picture).toMatchObject({ name: 'timeline.png', width: 1200, height: 400, file });
    expect((json.picture as { description: string }).description).toMatch(/^The Hanoi Convention: timeline — As of /);
    expect(json.citations.length).toBeGreaterThan(0);
  });

  it('without --out, says how to save the picture; --out on a reply with none is a usage error', async () => {
    const run = await cli('timeline', '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('to save it: npm run --silent cli -- timeline --out timeline.png');
    const wrong = await cli('signing', '--out', join(dir, 'x.png'), '--lang', 'en');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe('--out: signing gives no picture to write');
  });
});
