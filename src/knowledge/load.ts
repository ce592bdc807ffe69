// Reads knowledge/, validates every file and every cross-reference, and
// either returns a KnowledgeBase or throws one error listing every problem
// found, each naming the file, the entry and the field.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import {
  FactsFile,
  MessagesFile,
  QuotesFile,
  SigningFile,
  SourcesFile,
  TopicsFile,
  isReplyLanguage,
  type CitationRef,
} from './schema.ts';
import { OperatorError } from '../errors.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { plainIssue } from './issue-words.ts';
import { statementProblems } from './stated.ts';
import { ArticlesFile } from './articles-schema.ts';
import { articleEntries, checkArticles } from './articles.ts';
import { SignatoriesFile } from './signatories-schema.ts';
import { checkSignatories, signatoryCitations, signatoryEntries } from './signatories.ts';
import { containsVerbatim } from './verbatim.ts';
import type { Entry, FactItem, KnowledgeBase, MessagesItem, QuoteItem, SigningItem, Source } from './types.ts';

export const DEFAULT_KNOWLEDGE_DIR = join(PROJECT_ROOT, 'knowledge');

export interface Problem {
  file: string;
  entry?: string;
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.entry && `entry "${p.entry}"`, p.field && `field "${p.field}"`].filter(Boolean);
  return `${where.join(', ')}: ${p.message}`;
}

export class KnowledgeBaseError extends OperatorError {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'KnowledgeBaseError';
  }
}

const FILES = {
  sources: 'sources.yaml',
  topics: 'topics.yaml',
  facts: 'facts.yaml',
  quotes: 'quotes.yaml',
  messages: 'messages.yaml',
  signing: 'signing.yaml',
  signatories: 'signatories.yaml',
  articles: 'articles.yaml',
} as const;

/** Gathers every problem instead of stopping at the first, so one run of kb:check shows them all. */
class Collector {
  readonly problems: Problem[] = [];
  constructor(private readonly dirLabel: string) {}
  add(problem: Problem): void {
    this.problems.push({ ...problem, file: join(this.dirLabel, problem.file) });
  }
}

/**
 * The YAML parser, loaded at the first YAML read: a start from the build's
 * knowledge snapshot never needs it.
 */
let yaml: typeof import('yaml') | undefined;
const yamlParser = () => (yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

function readYaml(dir: string, file: string, out: Collector): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) {
    out.add({ file, message: 'file is missing' });
    return undefined;
  }
  const { parse, YAMLParseError } = yamlParser();
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const message =
      error instanceof YAMLParseError
        ? `invalid YAML at line ${error.linePos?.[0].line ?? '?'}: ${error.message.split('\n')[0]}`
        : `cannot be read: ${(error as Error).message}`;
    out.add({ file, message });
    return undefined;
  }
}

/** The id of the entry a zod issue path points into, when the raw data has one. */
function entryIdAt(raw: unknown, path: readonly PropertyKey[]): { entry?: string; rest: PropertyKey[] } {
  let node: unknown = raw;
  // A file that is one entry (messages.yaml, signing.yaml) carries its id at the top.
  const rootId = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { id?: unknown }).id : undefined;
  let entry: string | undefined = typeof rootId === 'string' ? rootId : undefined;
  let restStart = 0;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[path[i] as PropertyKey];
    const maybeId = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof maybeId === 'string') {
      entry = maybeId;
      restStart = i + 1;
    }
  }
  if (entry === undefined && typeof path[0] === 'number') {
    return { entry: `#${path[0] + 1}`, rest: path.slice(1) };
  }
  return { entry, rest: path.slice(restStart) };
}

/** What the raw file holds at a zod issue's path. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function fieldName(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
}

function validate<S extends z.ZodType>(schema: S, raw: unknown, file: string, out: Collector): z.infer<S> | undefined {
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { entry, rest } = entryIdAt(raw, issue.path);
    out.add({ file, entry, field: fieldName(rest), message: plainIssue(issue, valueAt(raw, issue.path)) });
  }
  return undefined;
}

function loadSources(dir: string, entries: z.infer<typeof SourcesFile>, out: Collector): Map<string, Source> {
  const sources = new Map<string, Source>();
  for (const entry of entries) {
    const file = FILES.sources;
    if (sources.has(entry.id)) out.add({ file, entry: entry.id, field: 'id', message: 'duplicate id' });
    const source: Source = { ...entry };
    if (entry.text !== undefined) {
      const textPath = join(dir, entry.text.file);
      if (!existsSync(textPath)) {
        out.add({ file, entry: entry.id, field: 'text.file', message: `stored text ${entry.text.file} does not exist` });
      } else {
        source.storedText = readFileSync(textPath, 'utf8');
      }
    }
    sources.set(entry.id, source);
  }
  return sources;
}

/** The stored text's paragraphs as `para` counts them: its non-empty lines. */
function paragraphs(storedText: string): string[] {
  return storedText.split('\n').filter((line) => line.trim() !== '');
}

/** Checks what a citation claims about its source against the source's stored text. */
function checkCitation(cite: CitationRef, source: Source, where: Omit<Problem, 'message'>, out: Collector): void {
  const { storedText, text } = source;
  const problem = (field: string, message: string) => out.add({ ...where, field: `${where.field}.${field}`, message });
  if (cite.excerpt !== undefined) {
    if (storedText === undefined || text === undefined) {
      problem('excerpt', `source "${source.id}" has no stored text, so an excerpt cannot be checked: store the page's text (texts/) or write a summary instead`);
    } else if (!containsVerbatim(storedText, cite.excerpt)) {
      problem('excerpt', `excerpt is not found verbatim in ${text.file}`);
    }
    if (cite.summary === undefined && !isReplyLanguage(source.language)) {
      problem('summary', `the excerpt is in "${source.language}", a language the bot does not answer in: give what it says in our words (summary) beside it`);
    }
  }
  const { para, heading } = cite.locator ?? {};
  if (para !== undefined) {
    if (storedText === undefined || text?.scope !== 'full') {
      problem('locator.para', `paragraph numbers need the whole page stored (source "${source.id}" has ${text ? 'only an excerpt' : 'no stored text'})`);
    } else {
      const [from, to] = typeof para === 'number' ? [para, para] : para;
      const lines = paragraphs(storedText);
      if (from > to || to > lines.length) {
        problem('locator.para', `no paragraph ${from === to ? from : `${from}–${to}`} in ${text.file} (it has ${lines.length})`);
      } else if (cite.excerpt !== undefined && !containsVerbatim(lines.slice(from - 1, to).join('\n'), cite.excerpt)) {
        problem('locator.para', `the excerpt is not in para. ${from === to ? from : `${from}–${to}`} of ${text.file}`);
      }
    }
  }
  if (heading !== undefined && storedText !== undefined && !containsVerbatim(storedText, heading)) {
    problem('locator.heading', `heading is not found verbatim in ${text?.file}`);
  }
}

function checkCitations(
  file: string,
  entry: string | undefined,
  field: string,
  cites: readonly CitationRef[],
  sources: ReadonlyMap<string, Source>,
  out: Collector,
): void {
  cites.forEach((cite, i) => {
    const source = sources.get(cite.source);
    if (!source) {
      out.add({ file, entry, field: `${field}[${i}].source`, message: `unknown source "${cite.source}" (not in ${FILES.sources})` });
      return;
    }
    checkCitation(cite, source, { file, entry, field: `${field}[${i}]` }, out);
  });
}

function checkQuote(
  file: string,
  quote: z.infer<typeof QuotesFile>[number],
  sources: ReadonlyMap<string, Source>,
  out: Collector,
): void {
  const withText = quote.cite
    .map((c, i) => ({ i, source: sources.get(c.source) }))
    .filter((c): c is { i: number; source: Source & { storedText: string } } => c.source?.storedText !== undefined);
  if (withText.length === 0) {
    out.add({ file, entry: quote.id, field: 'cite', message: 'a quote must cite a source whose text is stored, so it can be checked verbatim' });
    return;
  }
  for (const { i, source } of withText) {
    if (!containsVerbatim(source.storedText, quote.text)) {
      out.add({ file, entry: quote.id, field: 'text', message: `quote is not found verbatim in ${source.text?.file} (cited at cite[${i}])` });
    }
  }
}

function checkOrder(file: string, entry: string, field: string, values: readonly number[], out: Collector): void {
  values.forEach((value, i) => {
    if (value !== i + 1) out.add({ file, entry, field: `${field}[${i}]`, message: `expected position ${i + 1}, found ${value} (list must be ordered 1, 2, 3…)` });
  });
}

export function loadKnowledgeBase(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const out = new Collector(displayDir(dir));
  const read = <S extends z.ZodType>(key: keyof typeof FILES, schema: S) =>
    validate(schema, readYaml(dir, FILES[key], out), FILES[key], out);

  const sourceEntries = read('sources', SourcesFile);
  const topicEntries = read('topics', TopicsFile);
  const factEntries = read('facts', FactsFile);
  const quoteEntries = read('quotes', QuotesFile);
  const messagesFile = read('messages', MessagesFile);
  const signingFile = read('signing', SigningFile);
  const signatoriesFile = read('signatories', SignatoriesFile);
  const articlesFile = read('articles', ArticlesFile);

  if (!sourceEntries || !topicEntries || !factEntries || !quoteEntries || !messagesFile || !signingFile || !signatoriesFile || !articlesFile) {
    throw new KnowledgeBaseError(out.problems);
  }

  const sources = loadSources(dir, sourceEntries, out);
  const topics = new Map(topicEntries.map((t) => [t.id, t]));
  const entries = new Map<string, Entry>();
  const register = (file: string, entry: Entry) => {
    if (entries.has(entry.id)) {
      out.add({ file, entry: entry.id, field: 'id', message: 'duplicate id (ids are unique across all knowledge files)' });
    }
    entries.set(entry.id, entry);
  };

  const facts = factEntries.map((fact): FactItem => ({ kind: 'fact', ...fact }));
  const quotes = quoteEntries.map((quote): QuoteItem => ({ kind: 'quote', ...quote }));
  const messages: MessagesItem = { kind: 'messages', ...messagesFile };
  const signing: SigningItem = { kind: 'signing', ...signingFile };
  for (const fact of facts) {
    register(FILES.facts, fact);
    if (!topics.has(fact.topic)) {
      out.add({ file: FILES.facts, entry: fact.id, field: 'topic', message: `unknown topic "${fact.topic}" (not in ${FILES.topics})` });
    }
    checkCitations(FILES.facts, fact.id, 'cite', fact.cite, sources, out);
    for (const problem of statementProblems(fact)) out.add({ file: FILES.facts, entry: fact.id, ...problem });
  }
  for (const quote of quotes) {
    register(FILES.quotes, quote);
    checkCitations(FILES.quotes, quote.id, 'cite', quote.cite, sources, out);
    checkQuote(FILES.quotes, quote, sources, out);
    // A translation a source printed is that source's words: checked like an excerpt.
    for (const [lang, translation] of Object.entries(quote.translations)) {
      if (typeof translation === 'string') continue;
      checkCitations(FILES.quotes, quote.id, `translations.${lang}`, [{ source: translation.source, excerpt: translation.text }], sources, out);
    }
  }

  register(FILES.messages, messages);
  checkCitations(FILES.messages, messages.id, 'cite', messages.cite, sources, out);
  checkOrder(FILES.messages, messages.id, 'messages', messages.messages.map((m) => m.order), out);
  for (const message of messages.messages) {
    register(FILES.messages, { kind: 'message', ...message });
    checkCitations(FILES.messages, message.id, 'cite', message.cite, sources, out);
  }

  register(FILES.signing, signing);
  checkCitations(FILES.signing, signing.id, 'cite', signing.cite, sources, out);
  checkOrder(FILES.signing, signing.id, 'signers', signing.signers.map((s) => s.position), out);
  signing.signers.forEach((signer, i) =>
    checkCitations(FILES.signing, signing.id, `signers[${i}].cite`, signer.cite, sources, out),
  );

  // Built last: they point at facts registered above.
  for (const problem of checkSignatories(signatoriesFile, entries)) out.add({ file: FILES.signatories, ...problem });
  for (const { field, cite } of signatoryCitations(signatoriesFile)) checkCitations(FILES.signatories, undefined, field, cite, sources, out);
  const { list, byCountry } = signatoryEntries(signatoriesFile, entries);
  for (const entry of [list, ...byCountry.values()]) register(FILES.signatories, entry);

  for (const problem of checkArticles(articlesFile, entries)) out.add({ file: FILES.articles, ...problem });
  checkCitations(FILES.articles, undefined, 'official_text', articlesFile.official_text, sources, out);
  for (const entry of articleEntries(articlesFile)) {
    register(FILES.articles, entry);
    checkCitations(FILES.articles, entry.id, 'cite', entry.cite, sources, out);
  }

  if (out.problems.length > 0) throw new KnowledgeBaseError(out.problems);
  return { sources, topics, facts, quotes, messages, signing, signatories: signatoriesFile, articles: articlesFile, entries };
}

/** The knowledge folder as a path a curator recognises in messages. */
export function displayDir(dir: string): string {
  return relative(process.cwd(), dir) || '.';
}
