// Where the convention stands, read from the knowledge base: the facts the
// briefing's status lines and the timeline picture rest on. Each fact's id is
// written here and nowhere else, so renaming one is a one-line change; the
// dates and counts themselves come from the facts (`when`, `figures`,
// `as_of`), whose text the knowledge base checks states them.
import type { FactItem, KnowledgeBase } from '../knowledge/types.ts';
import { parseWhen, type When } from '../knowledge/when.ts';

export const STATUS_FACTS = {
  committeeCreated: 'ad-hoc-committee-created',
  draftApproved: 'draft-approved-august-2024',
  adoption: 'adoption-date',
  hanoiSigning: 'ceremony-dates',
  signatureDeadline: 'open-for-signature-new-york',
  entryIntoForce: 'entry-into-force-rule',
  hanoiSignatories: 'hanoi-signatories-72',
  hanoiFirstDay: 'signatories-first-day',
  laterSignatories: 'signatories-reported-2026',
  ratifications: 'ratification-count-unknown',
} as const;

export type StatusKey = keyof typeof STATUS_FACTS;

export interface DatedFact {
  fact: FactItem;
  when: When;
}

export interface CountedFact {
  fact: FactItem;
  count: number;
  asOf: string;
}

export interface Status {
  committeeCreated: DatedFact;
  draftApproved: DatedFact;
  adoption: DatedFact;
  hanoiSigning: DatedFact;
  signatureDeadline: DatedFact;
  /** In force on the `days`th day after the `instruments`th instrument of ratification is deposited. */
  entryIntoForce: { fact: FactItem; instruments: number; days: number };
  /** The depositary's count at the close of the Hanoi ceremony. */
  hanoiSignatories: CountedFact;
  /** How many of them signed on the first day. */
  hanoiFirstDay: CountedFact;
  /** The latest count our sources give, and the date it was true. */
  laterSignatories: CountedFact;
  /** No `count` while no source confirms a deposit: the bot never states a count it cannot cite. */
  ratifications: { fact: FactItem; count?: number; asOf: string };
}

export class StatusError extends Error {
  override name = 'StatusError';
}

function fact(kb: KnowledgeBase, key: StatusKey): FactItem {
  const id = STATUS_FACTS[key];
  const entry = kb.entries.get(id);
  if (entry?.kind !== 'fact') throw new StatusError(`the status (${key}) needs fact "${id}" in the knowledge base`);
  return entry;
}

function dated(kb: KnowledgeBase, key: StatusKey): DatedFact {
  const found = fact(kb, key);
  const when = found.when === undefined ? undefined : parseWhen(found.when);
  if (!when) throw new StatusError(`the status (${key}) needs a date (when:) on fact "${found.id}"`);
  return { fact: found, when };
}

function figure(found: FactItem, key: StatusKey, name: string): number {
  const value = found.figures?.[name];
  if (value === undefined) throw new StatusError(`the status (${key}) needs figures: { ${name}: … } on fact "${found.id}"`);
  return value;
}

function asOf(found: FactItem, key: StatusKey): string {
  if (!found.as_of) throw new StatusError(`the status (${key}) needs the date its count was true (as_of:) on fact "${found.id}"`);
  return found.as_of;
}

function counted(kb: KnowledgeBase, key: StatusKey, name: string): CountedFact {
  const found = fact(kb, key);
  return { fact: found, count: figure(found, key, name), asOf: asOf(found, key) };
}

const cache = new WeakMap<KnowledgeBase, Status>();

/** The status as the knowledge base states it; throws a StatusError naming the fact and field it misses. */
export function readStatus(kb: KnowledgeBase): Status {
  const known = cache.get(kb);
  if (known) return known;
  const entryIntoForce = fact(kb, 'entryIntoForce');
  const ratifications = fact(kb, 'ratifications');
  const ratificationCount = ratifications.figures?.ratifications;
  const status: Status = {
    committeeCreated: dated(kb, 'committeeCreated'),
    draftApproved: dated(kb, 'draftApproved'),
    adoption: dated(kb, 'adoption'),
    hanoiSigning: dated(kb, 'hanoiSigning'),
    signatureDeadline: dated(kb, 'signatureDeadline'),
    entryIntoForce: {
      fact: entryIntoForce,
      instruments: figure(entryIntoForce, 'entryIntoForce', 'instruments'),
      days: figure(entryIntoForce, 'entryIntoForce', 'days'),
    },
    hanoiSignatories: counted(kb, 'hanoiSignatories', 'signatories'),
    hanoiFirstDay: counted(kb, 'hanoiFirstDay', 'signatories'),
    laterSignatories: counted(kb, 'laterSignatories', 'signatories'),
    ratifications: {
      fact: ratifications,
      ...(ratificationCount === undefined ? {} : { count: ratificationCount }),
      asOf: asOf(ratifications, 'ratifications'),
    },
  };
  cache.set(kb, status);
  return status;
}
