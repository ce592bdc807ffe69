// The eval's tables: quality per system on a question set, accuracy per tag,
// and the questions this project's search gets wrong, worded for a curator.
import { LANGS } from '../../src/knowledge/schema.ts';
import { entryTitle } from '../../src/answer/compose.ts';
import type { KnowledgeBase } from '../../src/knowledge/types.ts';
import { formatMs, ratio, type Table } from '../bench/table.ts';
import { expectedIds, type Question, type QuestionResult, type QuestionSetSpec, type Scores } from './dev-set.ts';

export interface ScoredSystem {
  name: string;
  /** How the system was set up, for the notes under the table. */
  setup: string;
  scores: Scores;
  /** Wall time to answer the whole set, divided by its size. */
  msPerQuestion: number;
}

const count = (share: number, of: number) => Math.round(share * of);

/** A question set as the tables name it, with its questions. */
export interface QuestionSet extends QuestionSetSpec {
  questions: Question[];
}

/** Under the quality table: how each system was set up and what each figure means. */
export function qualityNotes(systems: readonly ScoredSystem[]): string[] {
  return [
    ...systems.map(({ name, setup }) => `${name}: ${setup}`),
    ...(systems.length > 1 ? ['All of them search the same entries, taken from the loaded knowledge base (new Bot().kb.entries).'] : []),
    'Top-1: the expected entry is the answer; a decline counts as a miss. Recall@3: it is among the first three entries the system ranks.',
    'Mean time per question: wall time to answer the whole set over its size, first calls included; latency percentiles are measured by npm run bench.',
    'Answers citing a source: share of answered questions (declines excluded) whose reply carries a citation. Ours is read from the /ask reply. A baseline answers with a knowledge-base entry, and it counts as citing when that entry has a citation; the schema requires one on every entry, so 100% for a baseline holds by construction and says nothing about whether the cited answer is right.',
    "Reply in the question's language: share of all replies (answers, declines, small talk) in the language the question's `lang` names; a baseline composes no reply (—).",
  ];
}

export function qualityTable(set: QuestionSet, systems: readonly ScoredSystem[], entries: number, notes = qualityNotes(systems)): Table {
  const first = systems[0]?.scores;
  const unmapped = first?.unmapped ? `, ${first.unmapped} not yet mapped (left out)` : '';
  return {
    title: `${set.title} (${set.file}: ${set.questions.length} questions, ${first?.inScope ?? 0} in scope, ${first?.outOfScope ?? 0} out of scope${unmapped}; ${entries} knowledge-base entries)`,
    columns: ['System', 'Top-1 accuracy (in scope)', 'Recall@3 (in scope)', 'Out-of-scope declined', 'In-scope wrongly declined', 'Answers citing a source', "Reply in the question's language", 'Mean time per question'],
    rows: systems.map(({ name, scores: s, msPerQuestion }) => [
      name,
      ratio(count(s.top1Accuracy, s.inScope), s.inScope),
      ratio(count(s.recallAt3, s.inScope), s.inScope),
      ratio(count(s.outOfScopeDeclined, s.outOfScope), s.outOfScope),
      ratio(count(s.inScopeWronglyDeclined, s.inScope), s.inScope),
      ratio(count(s.cited, s.answered), s.answered),
      s.inLanguage === undefined ? '—' : ratio(count(s.inLanguage, s.questions), s.questions),
      `${formatMs(msPerQuestion)} (${s.questions} questions)`,
    ]),
    notes,
  };
}

/** The tags of the dev set, then its languages, as groups of questions to score separately. */
function groups(questions: readonly Question[]): { label: string; has: (q: Question) => boolean }[] {
  const tags = new Map<string, number>();
  for (const q of questions) for (const tag of q.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  const byTag = [...tags].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([tag]) => ({ label: tag, has: (q: Question) => q.tags.includes(tag) }));
  const byLang = LANGS.map((lang) => ({ label: `language: ${lang}`, has: (q: Question) => q.lang === lang }));
  return [...byTag, ...byLang];
}

export function tagTable(set: QuestionSet, systems: readonly ScoredSystem[]): Table {
  const correct = (results: readonly QuestionResult[], has: (q: Question) => boolean) => results.filter((r) => has(r.question) && r.top1).length;
  // The questions scored: an unmapped one counts nowhere.
  const questions = systems[0]?.scores.results.map((r) => r.question) ?? [];
  return {
    title: `${set.file}: accuracy per tag (a question counts once under each of its tags)`,
    columns: ['Tag', 'Questions', ...systems.map((s) => s.name)],
    rows: groups(questions).map(({ label, has }) => {
      const total = questions.filter(has).length;
      return [label, String(total), ...systems.map((s) => ratio(correct(s.scores.results, has), total))];
    }),
    notes: ['Correct: the expected entry ranked first for an in-scope question; a decline for an out-of-scope one.'],
  };
}

export interface FailureRecord {
  question: string;
  lang: Question['lang'];
  tags: string[];
  answered: string | null;
  ranked: string[];
  suggested: string[];
  expected: string[];
  /** The reply's language, when it differs from the question's. */
  repliedIn?: string;
  /** What the pipeline's steps found. */
  why?: string;
}

/** Questions answered wrongly, declined wrongly, or answered in another language than theirs. */
export function failureRecords(scores: Scores): FailureRecord[] {
  return scores.results
    .filter((r) => !r.top1 || (r.answer.lang !== undefined && r.answer.lang !== r.question.lang))
    .map(({ question, answer }) => ({
      question: question.q,
      lang: question.lang,
      tags: question.tags,
      answered: answer.ranked[0] ?? null,
      ranked: answer.ranked.slice(0, 3),
      suggested: answer.suggested ?? [],
      expected: expectedIds(question),
      ...(answer.lang !== undefined && answer.lang !== question.lang ? { repliedIn: answer.lang } : {}),
      ...(answer.explain ? { why: answer.explain() } : {}),
    }));
}

/** Under the failures table of the development set, which is tuned against. */
export const CURATOR_NOTE =
  'For a curator: an in-scope question answered wrongly usually needs a keyword or alias on the expected entry; an out-of-scope question answered needs the answered entry tightened, or the question is in scope after all and test/questions.yaml should say which entry answers it.';

export function failuresTable(name: string, failures: readonly FailureRecord[], kb: KnowledgeBase, note = CURATOR_NOTE): Table {
  const describe = (id: string, lang: Question['lang']) => {
    const entry = kb.entries.get(id);
    return entry ? `${id} (${entryTitle(entry, lang)})` : id;
  };
  return {
    title: `Questions ${name} gets wrong (${failures.length})`,
    columns: ['Question', 'Lang · tags', 'Answered', 'Expected', 'Expected in top 3', 'Why (the pipeline’s steps)'],
    rows: failures.map((f) => [
      f.question,
      [f.lang, ...f.tags].join(' · '),
      [
        f.answered !== null ? describe(f.answered, f.lang) : f.suggested.length > 0 ? `declined; offered ${f.suggested.join(', ')}` : 'declined',
        ...(f.repliedIn ? [`(replied in ${f.repliedIn})`] : []),
      ].join(' '),
      f.expected.length === 0 ? 'a decline (out of scope)' : f.expected.join(' or '),
      f.expected.length === 0 ? '—' : f.ranked.some((id) => f.expected.includes(id)) ? 'yes' : 'no',
      f.why ?? '',
    ]),
    notes: [note],
  };
}
