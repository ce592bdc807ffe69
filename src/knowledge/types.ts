// The knowledge base as the rest of the bot sees it: validated, with sources
// resolved and stored texts loaded. Built only by load.ts.
import type { ArticlesFile, ArticleRow, ChapterRow } from './articles-schema.ts';
import type { CitationRef, FactEntry, MessageEntry, MessagesFile, QuoteEntry, SigningFile, SourceEntry, TopicEntry } from './schema.ts';
import type { NotSignedGroup, SignatoriesFile, SignedRow, UnconfirmedReport } from './signatories-schema.ts';

export type Source = SourceEntry & { storedText?: string };

type CitationRefs = readonly [CitationRef, ...CitationRef[]];

/** What the sources say of one state (or the EU), built for every country at load time. */
export interface SignatoryItem {
  readonly kind: 'signatory';
  readonly id: string;
  /** ISO 3166-1 alpha-2 in lower case, or `eu`. */
  readonly code: string;
  readonly signed: SignedRow | undefined;
  readonly notSigned: readonly NotSignedGroup[];
  readonly unconfirmed: readonly UnconfirmedReport[];
  /** The sources the answer rests on, the depositary's page last. */
  readonly cite: CitationRefs;
}

/** The counts and the list of named signatories (its data is the KnowledgeBase's `signatories`). */
export interface SignatoriesItem {
  readonly kind: 'signatories';
  readonly id: string;
  readonly cite: CitationRefs;
}

export type ArticleItem = {
  readonly kind: 'article';
  readonly id: string;
  /** Its chapter's Roman numeral, for titles ("Article 41 — Chapter V"). */
  readonly chapterRoman: string;
} & ArticleRow;
export type ChapterItem = { readonly kind: 'chapter'; readonly id: string } & ChapterRow;

export type Entry =
  | ({ kind: 'fact' } & FactEntry)
  | ({ kind: 'quote' } & QuoteEntry)
  | ({ kind: 'message' } & MessageEntry)
  | ({ kind: 'messages' } & MessagesFile)
  | ({ kind: 'signing' } & SigningFile)
  | SignatoryItem
  | SignatoriesItem
  | ArticleItem
  | ChapterItem;

export type EntryKind = Entry['kind'];
export type FactItem = Extract<Entry, { kind: 'fact' }>;
export type QuoteItem = Extract<Entry, { kind: 'quote' }>;
export type MessagesItem = Extract<Entry, { kind: 'messages' }>;
export type SigningItem = Extract<Entry, { kind: 'signing' }>;

export interface KnowledgeBase {
  readonly sources: ReadonlyMap<string, Source>;
  readonly topics: ReadonlyMap<string, TopicEntry>;
  readonly facts: readonly FactItem[];
  readonly quotes: readonly QuoteItem[];
  readonly messages: MessagesItem;
  readonly signing: SigningItem;
  /** knowledge/signatories.yaml, validated; each state's entry is in `entries` as signatory-<code>. */
  readonly signatories: SignatoriesFile;
  /** knowledge/articles.yaml, validated; each article and chapter is in `entries` as article-<n>, chapter-<n>. */
  readonly articles: ArticlesFile;
  /** Every answerable entry by id; ids are unique across files. */
  readonly entries: ReadonlyMap<string, Entry>;
}

/** Where a long-lived consumer reads the knowledge base in force now: a reload may replace it between two reads. */
export interface CurrentKnowledge {
  readonly kb: KnowledgeBase;
}
