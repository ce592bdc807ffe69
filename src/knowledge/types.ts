// The knowledge base as the rest of the bot sees it: validated, with sources
// resolved and stored texts loaded. Built only by load.ts.
import type { FactEntry, MessageEntry, MessagesFile, QuoteEntry, SigningFile, SourceEntry, TopicEntry } from './schema.ts';

export type Source = SourceEntry & { storedText?: string };

export type Entry =
  | ({ kind: 'fact' } & FactEntry)
  | ({ kind: 'quote' } & QuoteEntry)
  | ({ kind: 'message' } & MessageEntry)
  | ({ kind: 'messages' } & MessagesFile)
  | ({ kind: 'signing' } & SigningFile);

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
  /** Every answerable entry by id; ids are unique across files. */
  readonly entries: ReadonlyMap<string, Entry>;
}
