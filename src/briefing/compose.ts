// The daily briefing: a fact of the day, a quote of the day and where things
// stand, each item with its citation, in the server's language.
import { CitationList, marker } from '../answer/citation.ts';
import { quoteFields } from '../answer/compose.ts';
import { formatDate, quoted, t, withColon } from '../answer/i18n.ts';
import type { Answer, Field } from '../answer/reply.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { FactItem, KnowledgeBase } from '../knowledge/types.ts';
import { daysBetween } from './calendar.ts';
import { pickOfTheDay } from './rotation.ts';

/**
 * The dates and counts the status lines state, and the facts that state them
 * (a test checks each fact still says them). Counts that change are shown
 * with the date they were true, read from the fact's `as_of`.
 */
export const STATUS_FACTS = {
  hanoiSigning: { date: '2025-10-25', fact: 'ceremony-dates' },
  signatureDeadline: { date: '2026-12-31', fact: 'open-for-signature-new-york' },
  hanoiSignatories: { count: 72, fact: 'hanoi-signatories-72' },
  laterSignatories: { count: 74, fact: 'signatories-reported-2026' },
  entryIntoForce: { fact: 'entry-into-force-rule' },
  ratifications: { fact: 'ratification-count-unknown' },
} as const;

export interface BriefingRequest {
  /** Whose rotation: a server id (the CLI and console use a fixed key). */
  key: string;
  /** The local date the briefing is for, YYYY-MM-DD. */
  date: string;
  lang: Lang;
}

export interface Briefing {
  reply: Answer;
  factId: string;
  quoteId: string;
}

function statusFact(kb: KnowledgeBase, id: string): FactItem {
  const entry = kb.entries.get(id);
  if (entry?.kind !== 'fact') throw new Error(`the briefing's status line needs fact "${id}" in the knowledge base`);
  return entry;
}

function asOf(fact: FactItem, lang: Lang): string {
  if (!fact.as_of) throw new Error(`the briefing's status line needs fact "${fact.id}" to say when it was true (as_of)`);
  return formatDate(fact.as_of, lang);
}

function statusLines(kb: KnowledgeBase, date: string, lang: Lang, citations: CitationList): string {
  const s = t(lang);
  const since = daysBetween(STATUS_FACTS.hanoiSigning.date, date);
  const left = daysBetween(date, STATUS_FACTS.signatureDeadline.date);
  const cite = (...ids: string[]) => marker(citations.add(ids.flatMap((id) => statusFact(kb, id).cite)));
  const { hanoiSignatories, laterSignatories, ratifications } = STATUS_FACTS;
  const later = statusFact(kb, laterSignatories.fact);
  return [
    `• ${s.daysSinceHanoi(since, formatDate(STATUS_FACTS.hanoiSigning.date, lang))}${cite(STATUS_FACTS.hanoiSigning.fact)}`,
    `• ${s.signaturePeriod(left, formatDate(STATUS_FACTS.signatureDeadline.date, lang))}${cite(STATUS_FACTS.signatureDeadline.fact)}`,
    `• ${s.signatoryCounts(hanoiSignatories.count, laterSignatories.count, asOf(later, lang))}${cite(hanoiSignatories.fact, laterSignatories.fact)}`,
    `• ${s.entryIntoForceRule}${cite(STATUS_FACTS.entryIntoForce.fact)}`,
    `• ${s.ratificationsUnknown(asOf(statusFact(kb, ratifications.fact), lang))}${cite(ratifications.fact)}`,
  ].join('\n');
}

export function composeBriefing(kb: KnowledgeBase, request: BriefingRequest): Briefing {
  const { lang, date } = request;
  const s = t(lang);
  const fact = pickOfTheDay(kb.facts, `${request.key}:fact`, date);
  const quote = pickOfTheDay(kb.quotes, `${request.key}:quote`, date);
  // The fact's sources open the list; every sentence is marked with exactly the sources it rests on.
  const citations = new CitationList(kb, fact.cite);
  const quoteMarker = marker(citations.add(quote.cite));

  const quoteDetails = quoteFields(quote, lang)
    .filter((f) => f.name !== s.occasion)
    .map((f) => `${withColon(f.name, lang)} ${f.value}`);
  const fields: Field[] = [
    { name: `${s.factOfTheDay} — ${fact.title[lang]}`, value: `${fact[lang]}${marker(citations.mainIndexes)}` },
    { name: s.quoteOfTheDay, value: [`${quoted(quote.text, lang)}${quoteMarker}`, ...quoteDetails].join('\n') },
    { name: s.whereThingsStand, value: statusLines(kb, date, lang, citations) },
  ];
  return {
    reply: {
      kind: 'answer',
      lang,
      title: s.briefingTitle(formatDate(date, lang)),
      body: s.briefingIntro,
      items: [],
      fields,
      citations: citations.toCitations(),
      entryIds: [fact.id, quote.id],
      related: [],
    },
    factId: fact.id,
    quoteId: quote.id,
  };
}
