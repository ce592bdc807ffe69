import { describe, expect, it } from 'vitest';
import { Bot } from '../src/bot.ts';
import { LANGS } from '../src/knowledge/schema.ts';
import { QUESTION_SETS, expectedIds, isUnmapped, loadDevSet, questionKey, score, type Scores } from './eval/dev-set.ts';
import { projectSystem } from './eval/project-system.ts';

/** Ids the held-out sets may name before the entries exist: structured answers by contract (one state, one article, one chapter). */
const STRUCTURED_ID = /^(?:signatory-(?:[a-z]{2})|article-(?:[1-9]|[1-5]\d|6[0-8])|chapter-[1-9])$/;

describe('the development question set', () => {
  const bot = new Bot();
  const questions = loadDevSet();
  let scores: Scores;

  it('is large and varied enough to mean something', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const lang of LANGS) expect(questions.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => q.expect === null).length).toBeGreaterThanOrEqual(10);
    for (const tag of ['typo', 'no-accents', 'chit-chat', 'short', 'ordinal', 'mention-or-markdown', 'intent-deadline', 'intent-when', 'intent-where', 'intent-who', 'intent-how-many', 'intent-said', 'intent-why']) {
      expect(questions.filter((q) => q.tags.includes(tag)).length, tag).toBeGreaterThan(0);
    }
    expect(questions.filter(isUnmapped)).toEqual([]);
  });

  it('expects only entries that exist', () => {
    const missing = questions.flatMap(expectedIds).filter((id) => !bot.kb.entries.has(id));
    expect(missing).toEqual([]);
  });

  it('ranks the expected entry first for at least 95% of in-scope questions', async () => {
    scores = await score(questions, projectSystem(bot));
    const misses = scores.failures.filter((f) => f.inScope).map((f) => `${f.question.q} → ${f.answer.ranked[0] ?? 'declined'} (expected ${expectedIds(f.question).join('|')})`);
    expect(scores.top1Accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('declines every out-of-scope question', async () => {
    scores ??= await score(questions, projectSystem(bot));
    const answered = scores.failures.filter((f) => !f.inScope).map((f) => `${f.question.q} → ${f.answer.ranked[0]}`);
    expect(answered).toEqual([]);
  });

  it('cites a source in every answer', async () => {
    scores ??= await score(questions, projectSystem(bot));
    expect(scores.cited).toBe(1);
  });

  it('replies in the question’s language', async () => {
    scores ??= await score(questions, projectSystem(bot));
    const wrong = scores.results.filter((r) => r.answer.lang !== r.question.lang).map((r) => `${r.question.q} → ${r.answer.lang}`);
    expect(wrong).toEqual([]);
  });
});

// A measurement, not a target: no accuracy threshold here (npm run eval reports it).
describe.each(QUESTION_SETS.filter((set) => set.heldOut))('the held-out question set $file', ({ file }) => {
  const bot = new Bot();
  const questions = loadDevSet(file);

  it('loads, in its languages, with out-of-scope questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    // The Vietnamese set is all Vietnamese; the others ask in French and English.
    const langs = file.endsWith('-vi.yaml') ? (['vi'] as const) : (['fr', 'en'] as const);
    for (const lang of langs) expect(questions.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => q.expect === null).length).toBeGreaterThanOrEqual(langs.length === 1 ? 10 : 15);
  });

  // A held-out question that also stands in the development set has been tuned against: it no longer measures anything.
  it('has no question that also stands in the development set', () => {
    const development = new Set(loadDevSet().map(questionKey));
    expect(questions.filter((q) => development.has(questionKey(q))).map((q) => q.q)).toEqual([]);
  });

  it('expects only entries that exist, or structured answers named by contract', () => {
    const missing = questions.flatMap(expectedIds).filter((id) => !bot.kb.entries.has(id) && !STRUCTURED_ID.test(id));
    expect(missing).toEqual([]);
  });
});
