// The daily briefing: a fact of the day, a quote of the day and where things
// stand, each item with its citation, in the server's language; on Mondays,
// the timeline picture as well.
import { CitationList, marker } from '../answer/citation.ts';
import { quoteFields } from '../answer/compose.ts';
import { formatDate, quoted, t, withColon } from '../answer/i18n.ts';
import type { Answer, Field } from '../answer/reply.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { FactItem, KnowledgeBase } from '../knowledge/types.ts';
import { firstDay, lastDay } from '../knowledge/when.ts';
import { readStatus } from '../status/facts.ts';
import { timelineParts } from '../timeline/compose.ts';
import { timelineText } from '../timeline/i18n.ts';
import { daysBetween, isMonday } from './calendar.ts';
import { pickOfTheDay } from './rotation.ts';

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

function statusLines(kb: KnowledgeBase, date: string, lang: Lang, citations: CitationList): string {
  const s = t(lang);
  const status = readStatus(kb);
  const opened = firstDay(status.hanoiSigning.when);
  const closes = lastDay(status.signatureDeadline.when);
  const cite = (...facts: FactItem[]) => marker(citations.add(facts.flatMap((fact) => fact.cite)));
  const { hanoiSignatories, laterSignatories, entryIntoForce, ratifications } = status;
  return [
    `• ${s.daysSinceHanoi(daysBetween(opened, date), formatDate(opened, lang))}${cite(status.hanoiSigning.fact)}`,
    `• ${s.signaturePeriod(daysBetween(date, closes), formatDate(closes, lang))}${cite(status.signatureDeadline.fact)}`,
    `• ${s.signatoryCounts(hanoiSignatories.count, laterSignatories.count, formatDate(laterSignatories.asOf, lang))}${cite(hanoiSignatories.fact, laterSignatories.fact)}`,
    `• ${s.entryIntoForceRule(entryIntoForce.days, entryIntoForce.instruments)}${cite(entryIntoForce.fact)}`,
    `• ${s.ratificationsUnknown(formatDate(ratifications.asOf, lang))}${cite(ratifications.fact)}`,
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

  const quoteDetails = quoteFields(quote, lang, citations)
    .filter((f) => f.name !== s.occasion)
    .map((f) => `${withColon(f.name, lang)} ${f.value}`);
  const fields: Field[] = [
    { name: `${s.factOfTheDay} — ${fact.title[lang]}`, value: `${fact[lang]}${marker(citations.mainIndexes)}` },
    { name: s.quoteOfTheDay, value: [`${quoted(quote.text, lang)}${quoteMarker}`, ...quoteDetails].join('\n') },
    { name: s.whereThingsStand, value: statusLines(kb, date, lang, citations) },
  ];
  // Once a week the timeline picture comes too, its sources joining the list.
  const timeline = isMonday(date) ? timelineParts(kb, date, lang, citations) : undefined;
  if (timeline) {
    const words = timelineText(lang);
    fields.push({ name: words.briefingField, value: `${words.briefingValue}${marker(timeline.sourceIndexes)}` });
  }
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
      ...(timeline ? { picture: timeline.picture } : {}),
    },
    factId: fact.id,
    quoteId: quote.id,
  };
}
