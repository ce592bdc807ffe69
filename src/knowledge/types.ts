// The knowledge base as the rest of the bot sees it: validated, with sources
// resolved and stored texts loaded. Built only by load.ts.
import type {
  FactEntry,
  MessageEntry,
  MessagesFile,
  QuoteEntry,
  SigningFile,
  SourceEntry,
  TopicEntry,
} from './schema.ts';

export type Source = SourceEntry & { storedText?: string };

export type Entry =
  | ({ kind: 'fact' } & FactEntry)
  | ({ kind: 'quote' } & QuoteEntry)
  | ({ kind: 'message' } & MessageEntry)
  | ({ kind: 'messages' } & MessagesFile)
  | ({ kind: 'signing' } & SigningFile);

export type EntryKind = Entry['kind'];

export interface KnowledgeBase {
  readonly sources: ReadonlyMap<string, Source>;
  readonly topics: ReadonlyMap<string, TopicEntry>;
  readonly facts: readonly FactEntry[];
  readonly quotes: readonly QuoteEntry[];
  readonly messages: MessagesFile;
  readonly signing: SigningFile;
  /** Every answerable entry by id; ids are unique across files. */
  readonly entries: ReadonlyMap<string, Entry>;
}
