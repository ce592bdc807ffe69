// The question sets — the development set (test/questions.yaml) and the
// held-out sets — loading, and scoring a search function against one. Shared
// by the test suite and `npm run eval`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { LANGS, type Lang } from '../../src/knowledge/schema.ts';
import { ROOT } from '../support/run.ts';

/** `expect: "?"`: in scope, but not yet mapped to the entry that answers it (see `answer`); left out of the scores. */
export const UNMAPPED = '?';

const Question = z.strictObject({
  q: z.string(),
  /** The language the reply must come back in. */
  lang: z.enum(LANGS),
  /** The entry that should rank first (a list when several are equally right), null for a decline, "?" when not yet mapped. */
  expect: z.union([z.string(), z.array(z.string()).min(1), z.null()]),
  tags: z.array(z.string()).default([]),
  /** What a right answer says, per the sources: how an unmapped question is mapped later. */
  answer: z.string().optional(),
});
export type Question = z.infer<typeof Question>;

export interface QuestionSetSpec {
  /** Names the set in the eval's JSON report. */
  id: string;
  /** Opens its quality table's title. */
  title: string;
  /** Relative to the repository. */
  file: string;
  /** Never tuned against: its failures are noted, not fixed for (see the file's header). */
  heldOut: boolean;
  /** Under its quality table. */
  notes?: readonly string[];
}

const HELD_OUT_NOTE =
  'Written from the sources before the code and knowledge base it measures, and never tuned against: the honest estimate of how the bot generalises; the development set is optimistic, since its questions were used to tune the search and the keywords.';

/** Every set `npm run eval` scores, in order; adding one is a line here. */
export const QUESTION_SETS: readonly QuestionSetSpec[] = [
  { id: 'dev', title: 'Answer quality on the development set', file: 'test/questions.yaml', heldOut: false },
  { id: 'holdout', title: 'Held-out set: answer quality, never tuned against', file: 'test/questions-holdout.yaml', heldOut: true, notes: [HELD_OUT_NOTE] },
  {
    id: 'holdout-understanding',
    title: 'Held-out set, question understanding (countries, articles, intents, small talk, short questions), never tuned against',
    file: 'test/questions-holdout-understanding.yaml',
    heldOut: true,
    notes: [HELD_OUT_NOTE, 'Questions not yet mapped to an entry (expect: "?") are counted apart and left out of every figure.'],
  },
  {
    id: 'holdout-vi',
    title: 'Held-out set, Vietnamese (written before any Vietnamese code), never tuned against',
    file: 'test/questions-holdout-vi.yaml',
    heldOut: true,
    notes: [HELD_OUT_NOTE, 'Questions not yet mapped to an entry (expect: "?") are counted apart and left out of every figure.'],
  },
];

export const DEV_SET_FILE = 'test/questions.yaml';

export function loadDevSet(file = DEV_SET_FILE): Question[] {
  return z.array(Question).parse(parse(readFileSync(join(ROOT, file), 'utf8')));
}

/**
 * A question as a twin check sees it: case, marks (đ included), punctuation
 * and spacing ignored, so "Pháp đã ký?" and "phap da ky" are the same question.
 */
export function questionKey(question: Question): string {
  return question.q
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isUnmapped(question: Question): boolean {
  return question.expect === UNMAPPED;
}

/** The entries a question expects first; none for a decline, and none for an unmapped question. */
export function expectedIds(question: Question): string[] {
  if (question.expect === null || isUnmapped(question)) return [];
  return Array.isArray(question.expect) ? question.expect : [question.expect];
}

/** What a search system answered: ranked entry ids, empty when it declined. */
export interface SystemAnswer {
  ranked: string[];
  cited: boolean;
  /** On a decline, the entries offered instead ("did you mean"), for a curator reading failures. */
  suggested?: string[];
  /** The language of the reply, for a system that composes one. */
  lang?: Lang;
  /** Why this answer: the steps that chose it, for a curator reading failures (computed only for them, outside the timing). */
  explain?: () => string;
}

export interface QuestionResult {
  question: Question;
  answer: SystemAnswer;
  inScope: boolean;
  top1: boolean;
  top3: boolean;
  declined: boolean;
}

export interface Scores {
  /** Questions scored: the set less its unmapped ones. */
  questions: number;
  /** In scope but not yet mapped to an entry: left out of every figure. */
  unmapped: number;
  inScope: number;
  outOfScope: number;
  /** In-scope questions whose expected entry ranked first (a decline counts as a miss). */
  top1Accuracy: number;
  recallAt3: number;
  outOfScopeDeclined: number;
  inScopeWronglyDeclined: number;
  /** Questions answered rather than declined: what `cited` is a share of. */
  answered: number;
  cited: number;
  /** Replies in the question's language, over the questions replied to with a language; undefined when the system composes no reply. */
  inLanguage: number | undefined;
  results: QuestionResult[];
  failures: QuestionResult[];
}

export type SearchSystem = (question: Question) => SystemAnswer | Promise<SystemAnswer>;

export async function score(all: readonly Question[], system: SearchSystem): Promise<Scores> {
  const questions = all.filter((q) => !isUnmapped(q));
  const results: QuestionResult[] = [];
  for (const question of questions) {
    const answer = await system(question);
    const expected = expectedIds(question);
    const declined = answer.ranked.length === 0;
    const inScope = expected.length > 0;
    results.push({
      question,
      answer,
      inScope,
      declined,
      top1: inScope ? expected.includes(answer.ranked[0] ?? '') : declined,
      top3: inScope ? answer.ranked.slice(0, 3).some((id) => expected.includes(id)) : declined,
    });
  }
  const inScope = results.filter((r) => r.inScope);
  const outOfScope = results.filter((r) => !r.inScope);
  const answered = results.filter((r) => !r.declined);
  const withLanguage = results.filter((r) => r.answer.lang !== undefined);
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return {
    questions: results.length,
    unmapped: all.length - questions.length,
    inScope: inScope.length,
    outOfScope: outOfScope.length,
    top1Accuracy: share(inScope.filter((r) => r.top1).length, inScope.length),
    recallAt3: share(inScope.filter((r) => r.top3).length, inScope.length),
    outOfScopeDeclined: share(outOfScope.filter((r) => r.declined).length, outOfScope.length),
    inScopeWronglyDeclined: share(inScope.filter((r) => r.declined).length, inScope.length),
    answered: answered.length,
    cited: share(answered.filter((r) => r.answer.cited).length, answered.length),
    inLanguage: withLanguage.length === 0 ? undefined : share(withLanguage.filter((r) => r.answer.lang === r.question.lang).length, withLanguage.length),
    results,
    failures: results.filter((r) => !r.top1),
  };
}
