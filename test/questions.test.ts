import { describe, expect, it } from 'vitest';
import { Bot } from '../src/bot.ts';
import { HOLDOUT_SET_PATH, expectedIds, loadDevSet, score, type Scores } from './eval/dev-set.ts';
import { projectSystem } from './eval/project-system.ts';

describe('the development question set', () => {
  const bot = new Bot();
  const questions = loadDevSet();
  let scores: Scores;

  it('is large and varied enough to mean something', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['fr', 'en'] as const) expect(questions.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => q.expect === null).length).toBeGreaterThanOrEqual(10);
    expect(questions.filter((q) => q.tags.includes('typo')).length).toBeGreaterThan(0);
    expect(questions.filter((q) => q.tags.includes('no-accents')).length).toBeGreaterThan(0);
  });

  it('expects only entries that exist', () => {
    const missing = questions.flatMap(expectedIds).filter((id) => !bot.kb.entries.has(id));
    expect(missing).toEqual([]);
  });

  it('ranks the expected entry first for at least 90% of in-scope questions', async () => {
    scores = await score(questions, projectSystem(bot));
    const misses = scores.failures.filter((f) => f.inScope).map((f) => `${f.question.q} → ${f.answer.ranked[0] ?? 'declined'} (expected ${expectedIds(f.question).join('|')})`);
    expect(scores.top1Accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
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
});

// A measurement, not a target: no accuracy threshold here (npm run eval reports it).
describe('the held-out question set', () => {
  const bot = new Bot();
  const questions = loadDevSet(HOLDOUT_SET_PATH);

  it('loads, in both languages, with out-of-scope questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['fr', 'en'] as const) expect(questions.filter((q) => q.lang === lang).length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => q.expect === null).length).toBeGreaterThanOrEqual(20);
  });

  it('expects only entries that exist', () => {
    const missing = questions.flatMap(expectedIds).filter((id) => !bot.kb.entries.has(id));
    expect(missing).toEqual([]);
  });
});
