// The timeline as an answer: the picture, the same content in words (one
// cited line per milestone and count) and a description for screen readers.
// Pictures are kept per day and language, since only those change them.
import { CitationList } from '../answer/citation.ts';
import { formatDate, formatWhen, t, withColon } from '../answer/i18n.ts';
import type { Answer, ListItem, Picture } from '../answer/reply.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { FactItem, KnowledgeBase } from '../knowledge/types.ts';
import { timelineText } from './i18n.ts';
import { timelineFacts, timelineModel, type TimelineModel } from './model.ts';
import { renderPng } from './render.ts';
import { timelineSvg } from './svg.ts';

export const TIMELINE_FILE = 'timeline.png';

/** Enough for the days and languages in use at once (briefings in several time zones, both languages). */
const CACHED_PICTURES = 8;
const pictures = new WeakMap<KnowledgeBase, Map<string, Picture>>();

function ratificationWords(model: TimelineModel, lang: Lang): string {
  const words = timelineText(lang);
  const { instruments } = model.entryIntoForce;
  return model.ratifications.count === undefined ? words.ratificationsNone(instruments) : words.ratificationsCounted(model.ratifications.count, instruments);
}

function entryIntoForceRule(model: TimelineModel, lang: Lang): string {
  const s = t(lang);
  return timelineText(lang).entryIntoForceRule(s.ordinal(model.entryIntoForce.days), s.ordinal(model.entryIntoForce.instruments));
}

/** The picture in words: what a screen reader reads in place of it. */
export function describeTimeline(model: TimelineModel, lang: Lang): string {
  const words = timelineText(lang);
  const milestones = model.milestones.map((m) => `${withColon(formatWhen(m.when, lang), lang)} ${words.milestones[m.key]}`);
  const before = model.milestones.filter((m) => m.reached).at(-1);
  const after = model.milestones.find((m) => !m.reached);
  const asOf = (date: string) => withColon(words.asOf(formatDate(date, lang)), lang);
  return [
    `${words.title} — ${words.asOf(formatDate(model.date, lang))}.`,
    ...milestones.map((m) => `${m}.`),
    `${withColon(words.entryIntoForce, lang)} ${entryIntoForceRule(model, lang)} (${words.notYet}).`,
    words.todayBetween(formatDate(model.date, lang), before && words.milestones[before.key], after ? words.milestones[after.key] : words.entryIntoForce),
    `${asOf(model.laterSignatories.asOf)} ${words.laterSignatories(model.laterSignatories.count)}; ${words.hanoiSignatories(model.hanoiSignatories.count)}.`,
    `${asOf(model.ratifications.asOf)} ${ratificationWords(model, lang)}.`,
  ].join(' ');
}

/** Who published what the timeline's facts cite, once each, in the order drawn. */
function publishersOf(kb: KnowledgeBase, model: TimelineModel): string[] {
  const [first, ...rest] = timelineFacts(model);
  const citations = new CitationList(kb, first.cite);
  for (const fact of rest) citations.add(fact.cite);
  // The picture names them short ("UNODC", not "UNODC (United Nations Office…)"); the reply gives them in full.
  return [...new Set(citations.toCitations().map((c) => c.publisher.replace(/\s*\([^)]*\)/g, '')))];
}

/** Draws and renders the picture: the work the cache saves. */
export function drawTimeline(kb: KnowledgeBase, model: TimelineModel, lang: Lang): Picture {
  const { png, width, height } = renderPng(timelineSvg({ model, lang, publishers: publishersOf(kb, model) }));
  return { name: TIMELINE_FILE, png, width, height, description: describeTimeline(model, lang) };
}

function picture(kb: KnowledgeBase, model: TimelineModel, lang: Lang): Picture {
  let cache = pictures.get(kb);
  if (!cache) pictures.set(kb, (cache = new Map()));
  const key = `${model.date}:${lang}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const made = drawTimeline(kb, model, lang);
  cache.set(key, made);
  // Maps iterate in insertion order: the first key is the oldest.
  if (cache.size > CACHED_PICTURES) cache.delete(cache.keys().next().value as string);
  return made;
}

export interface TimelineParts {
  picture: Picture;
  /** The picture's content as cited lines. */
  items: ListItem[];
  citations: CitationList;
  /** The position in `citations` of every source the picture rests on, in order. */
  sourceIndexes: number[];
  factIds: string[];
}

/**
 * The picture and its cited lines. `citations` is the list they join (a
 * briefing's), or a new one starting with the timeline's first fact.
 */
export function timelineParts(kb: KnowledgeBase, date: string, lang: Lang, citations?: CitationList): TimelineParts {
  const words = timelineText(lang);
  const model = timelineModel(kb, date);
  const facts = timelineFacts(model);
  const list = citations ?? new CitationList(kb, facts[0].cite);
  const cite = (fact: FactItem) => list.add(fact.cite);
  const asOf = (iso: string) => words.asOf(formatDate(iso, lang));
  const { hanoiSignatories, laterSignatories, ratifications, entryIntoForce } = model;
  const items: ListItem[] = [
    ...model.milestones.map((m) => ({ title: formatWhen(m.when, lang), text: words.milestones[m.key], citations: cite(m.fact) })),
    { title: `${words.entryIntoForce} (${words.notYet})`, text: entryIntoForceRule(model, lang), citations: cite(entryIntoForce.fact) },
    { title: asOf(hanoiSignatories.asOf), text: words.hanoiSignatories(hanoiSignatories.count), citations: cite(hanoiSignatories.fact) },
    { title: asOf(laterSignatories.asOf), text: words.laterSignatories(laterSignatories.count), citations: cite(laterSignatories.fact) },
    { title: asOf(ratifications.asOf), text: `${withColon(words.ratificationsHeading, lang)} ${ratificationWords(model, lang)}`, citations: cite(ratifications.fact) },
  ];
  const sourceIndexes = [...new Set(items.flatMap((item) => item.citations))].sort((a, b) => a - b);
  return { picture: picture(kb, model, lang), items, citations: list, sourceIndexes, factIds: facts.map((f) => f.id) };
}

export function composeTimeline(kb: KnowledgeBase, date: string, lang: Lang): Answer {
  const words = timelineText(lang);
  const { picture, items, citations, factIds } = timelineParts(kb, date, lang);
  return {
    kind: 'answer',
    lang,
    title: words.title,
    body: words.intro(formatDate(date, lang)),
    items,
    fields: [],
    citations: citations.toCitations(),
    entryIds: factIds,
    related: [],
    picture,
  };
}
