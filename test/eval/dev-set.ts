// The development question set (test/questions.yaml) and the held-out set
// (test/questions-holdout.yaml): loading, and scoring a search function against
// one. Shared by the test suite and `npm run eval`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const Question = z.strictObject({
  q: z.string(),
  lang: z.enum(['fr', 'en']),
  expect: z.union([z.string(), z.array(z.string()).min(1), z.null()]),
  tags: z.array(z.string()).default([]),
});
export type Question = z.infer<typeof Question>;

export const DEV_SET_PATH = fileURLToPath(new URL('../questions.yaml', import.meta.url));
/** Written from the sources before the knowledge base was read, and never tuned against: see its header. */
export const HOLDOUT_SET_PATH = fileURLToPath(new URL('../questions-holdout.yaml', import.meta.url));

export function loadDevSet(path = DEV_SET_PATH): Question[] {
  return z.array(Question).parse(parse(readFileSync(path, 'utf8')));
}

export function expectedIds(question: Question): string[] {
  if (question.expect === null) return [];
  return Array.isArray(question.expect) ? question.expect : [question.expect];
}

/** What a search system answered: ranked entry ids, empty when it declined. */
export interface SystemAnswer {
  ranked: string[];
  cited: boolean;
  /** On a decline, the entries offered instead ("did you mean"), for a curator reading failures. */
  suggested?: string[];
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
  questions: number;
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
  results: QuestionResult[];
  failures: QuestionResult[];
}

export type SearchSystem = (question: Question) => SystemAnswer | Promise<SystemAnswer>;

export async function score(questions: readonly Question[], system: SearchSystem): Promise<Scores> {
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
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return {
    questions: results.length,
    inScope: inScope.length,
    outOfScope: outOfScope.length,
    top1Accuracy: share(inScope.filter((r) => r.top1).length, inScope.length),
    recallAt3: share(inScope.filter((r) => r.top3).length, inScope.length),
    outOfScopeDeclined: share(outOfScope.filter((r) => r.declined).length, outOfScope.length),
    inScopeWronglyDeclined: share(inScope.filter((r) => r.declined).length, inScope.length),
    answered: answered.length,
    cited: share(answered.filter((r) => r.answer.cited).length, answered.length),
    results,
    failures: results.filter((r) => !r.top1),
  };
}
