// The daily briefing: a fact of the day, a quote of the day and where things
// stand, each item with its citation, in the server's language.
import { CitationList } from '../answer/citation.ts';
import { quoteFields } from '../answer/compose.ts';
import { formatDate, t, withColon } from '../answer/i18n.ts';
import type { Answer, Field } from '../answer/reply.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { FactItem, KnowledgeBase } from '../knowledge/types.ts';
import { daysBetween } from './calendar.ts';
import { pickOfTheDay } from './rotation.ts';

/**
 * The dates the status line counts from, and the facts that state them (a
 * test checks each fact still says its date).
 */
export const STATUS_FACTS = {
  hanoiSigning: { date: '2025-10-25', fact: 'ceremony-dates' },
  signatureDeadline: { date: '2026-12-31', fact: 'open-for-signature-new-york' },
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

function statusLines(kb: KnowledgeBase, date: string, lang: Lang, citations: CitationList): string {
  const s = t(lang);
  const since = daysBetween(STATUS_FACTS.hanoiSigning.date, date);
  const left = daysBetween(date, STATUS_FACTS.signatureDeadline.date);
  const cite = (id: string) => ` [${citations.add(statusFact(kb, id).cite) + 1}]`;
  const ratifications = statusFact(kb, STATUS_FACTS.ratifications.fact);
  return [
    `• ${s.daysSinceHanoi(since, formatDate(STATUS_FACTS.hanoiSigning.date, lang))}${cite(STATUS_FACTS.hanoiSigning.fact)}`,
    `• ${s.signaturePeriod(left, formatDate(STATUS_FACTS.signatureDeadline.date, lang))}${cite(STATUS_FACTS.signatureDeadline.fact)}`,
    `• ${s.entryIntoForceRule}${cite(STATUS_FACTS.entryIntoForce.fact)}`,
    `• ${s.ratificationsUnknown(ratifications.as_of ? formatDate(ratifications.as_of, lang) : '')}${cite(ratifications.id)}`,
  ].join('\n');
}

export function composeBriefing(kb: KnowledgeBase, request: BriefingRequest): Briefing {
  const { lang, date } = request;
  const s = t(lang);
  const fact = pickOfTheDay(kb.facts, `${request.key}:fact`, date);
  const quote = pickOfTheDay(kb.quotes, `${request.key}:quote`, date);
  // The fact's sources open the list, so its marker is [1].
  const citations = new CitationList(kb, fact.cite);
  const quoteIndex = citations.add(quote.cite);

  const quoteDetails = quoteFields(quote, lang)
    .filter((f) => f.name !== s.occasion)
    .map((f) => `${withColon(f.name, lang)} ${f.value}`);
  const fields: Field[] = [
    { name: `${s.factOfTheDay} — ${fact.title[lang]}`, value: `${fact[lang]} [1]` },
    { name: s.quoteOfTheDay, value: [`« ${quote.text} » [${quoteIndex + 1}]`, ...quoteDetails].join('\n') },
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
