// What the bot says about who signed: one state's status, or the counts and
// the list. Each sentence is worded as its grade allows (see
// knowledge/signatories.yaml) and every answer gives the date the data was
// checked and the depositary's page for the current list.
import type { CitationList } from '../answer/citation.ts';
import { formatDate, withColon } from '../answer/i18n.ts';
import type { AnswerParts, Field, ListItem } from '../answer/reply.ts';
import { byName, countryName } from '../countries/names.ts';
import type { CitationRef, Lang } from '../knowledge/schema.ts';
import type { NotSignedGroup, SignedRow, StatedGrade } from '../knowledge/signatories-schema.ts';
import { groupCitations } from '../knowledge/signatories.ts';
import { readStatus } from '../status/facts.ts';
import type { Entry, FactItem, KnowledgeBase, SignatoryItem } from '../knowledge/types.ts';
import { signatoryStrings } from './i18n.ts';

/** An answer's parts, and the entries to offer as "other results". */
export type ComposedParts = AnswerParts & { related: Entry[] };

export type SignatoryStatus = 'signed' | 'reported-signed' | 'reported-not-signed' | 'not-listed' | 'not-named';

const isFact = (grade: StatedGrade) => grade === 'H';

export function signatoryStatus(entry: SignatoryItem): SignatoryStatus {
  if (entry.signed) return isFact(entry.signed.grade) ? 'signed' : 'reported-signed';
  if (entry.notSigned.some((g) => g.status === 'not-signed')) return 'reported-not-signed';
  if (entry.notSigned.length > 0) return 'not-listed';
  return 'not-named';
}

/** The Hanoi signatories our sources name (stated or reported). */
export function namedHanoiSigners(kb: KnowledgeBase): SignedRow[] {
  return kb.signatories.signed.filter((row) => row.place === 'hanoi');
}

/** "Ecofin Agency and The Record": who a statement is attributed to. */
function publishers(kb: KnowledgeBase, cite: readonly CitationRef[], lang: Lang): string {
  const names = [...new Set(cite.map((ref) => kb.sources.get(ref.source)?.publisher ?? ref.source))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${signatoryStrings(lang).and} ${names.at(-1)}`;
}

export function signatoryTitle(entry: SignatoryItem, lang: Lang): string {
  const s = signatoryStrings(lang);
  const name = countryName(entry.code, lang);
  switch (signatoryStatus(entry)) {
    case 'signed':
      return s.titleSigned(name, s.place[entry.signed?.place ?? 'hanoi']);
    case 'reported-signed':
      return s.titleReported(name, s.place[entry.signed?.place ?? 'hanoi']);
    case 'reported-not-signed':
      return s.titleNotSigned(name);
    case 'not-listed':
      return s.titleNotListed(name);
    case 'not-named':
      return s.titleNotNamed(name);
  }
}

function whenAndWhere(row: SignedRow, lang: Lang): { when: string; place: string } {
  const s = signatoryStrings(lang);
  if (row.date) return { when: s.on(formatDate(row.date, lang)), place: s.inPlace(s.place[row.place]) };
  return { when: '', place: row.place === 'hanoi' ? s.hanoiDays : s.inPlace(s.place[row.place]) };
}

function checkedField(kb: KnowledgeBase, lang: Lang): Field {
  const s = signatoryStrings(lang);
  const url = kb.sources.get(kb.signatories.depositary.source)?.url ?? '';
  return { name: s.asOf, value: s.asOfValue(formatDate(kb.signatories.checked, lang), url) };
}

/** A fact the signatories file points to; the loader checks it exists. */
function factOf(kb: KnowledgeBase, id: string): FactItem {
  const entry = kb.entries.get(id);
  if (entry?.kind !== 'fact') throw new Error(`signatories.yaml points to a missing fact "${id}"`);
  return entry;
}

/** Which ratifications our sources confirm, with the date that was true: the status fact's. */
function ratificationStatus(kb: KnowledgeBase, lang: Lang): string {
  const s = signatoryStrings(lang);
  const { count, asOf } = readStatus(kb).ratifications;
  return count === undefined ? s.noDeposit(formatDate(asOf, lang)) : s.depositsConfirmed(count, formatDate(asOf, lang));
}

/** What is known of a state's ratification: later steps as the facts state them, then the status of deposits. */
function ratificationField(kb: KnowledgeBase, entry: SignatoryItem, lang: Lang, citations: CitationList): Field {
  const steps = (entry.signed?.later ?? []).map((id) => {
    const fact = factOf(kb, id);
    citations.add(fact.cite);
    return fact[lang];
  });
  return { name: signatoryStrings(lang).ratification, value: [...steps, ratificationStatus(kb, lang)].join('\n') };
}

/** A group's line: the fact it points to, as written, or our words about the state, attributed unless the grade is H. */
function notSignedLine(kb: KnowledgeBase, group: NotSignedGroup, name: string, lang: Lang, citations: CitationList): string {
  const s = signatoryStrings(lang);
  citations.add(groupCitations(group, kb.entries));
  if (group.fact) return factOf(kb, group.fact)[lang];
  const attribution = group.grade === 'H' ? '' : s.accordingTo(publishers(kb, group.cite ?? [], lang));
  return `${name} — ${group.what?.[lang] ?? ''}${attribution}.`;
}

export function composeSignatory(kb: KnowledgeBase, entry: SignatoryItem, lang: Lang, citations: CitationList): ComposedParts {
  const s = signatoryStrings(lang);
  const name = countryName(entry.code, lang);
  const checked = formatDate(kb.signatories.checked, lang);
  const fields: Field[] = [];
  let body: string;

  switch (signatoryStatus(entry)) {
    case 'signed':
    case 'reported-signed': {
      const row = entry.signed as SignedRow;
      const { when, place } = whenAndWhere(row, lang);
      body = isFact(row.grade) ? s.signed(name, when, place) : s.reported(publishers(kb, row.cite, lang), name, when, place);
      if (row.note) fields.push({ name: s.note, value: row.note[lang] });
      break;
    }
    case 'reported-not-signed':
    case 'not-listed':
      body = [...entry.notSigned.map((group) => notSignedLine(kb, group, name, lang, citations)), s.noLaterSignature(checked)].join('\n\n');
      break;
    case 'not-named': {
      body = s.notNamed(name, namedHanoiSigners(kb).length, readStatus(kb).hanoiSignatories.count, checked);
      break;
    }
  }
  if (entry.unconfirmed.length > 0) {
    const lines = entry.unconfirmed.map((report) => {
      citations.add(report.cite);
      return s.unconfirmedLine(report.what[lang]);
    });
    fields.push({ name: s.unconfirmed, value: lines.join('\n') });
  }
  fields.push(ratificationField(kb, entry, lang, citations), checkedField(kb, lang));
  const related = kb.signatories.see_also.flatMap((id) => kb.entries.get(id) ?? []);
  return { title: signatoryTitle(entry, lang), body, items: [], fields, related };
}

/** Hanoi signers listed together: by a source that names several of them, or, per grade, those each named by a source of their own. */
interface SignerGroup {
  confirmed: boolean;
  /** What the group rests on (one source, one or more passages); none for signers each named by their own source. */
  refs: readonly CitationRef[];
  rows: readonly SignedRow[];
}

/**
 * The named Hanoi signers in groups, confirmed ones first, then shared
 * sources before single ones, largest first. A source that names one signer
 * only is left to that signer's own answer, so the list cites a handful of
 * sources rather than one per country and everything fits in a message.
 */
function signerGroups(kb: KnowledgeBase): SignerGroup[] {
  const bySource = new Map<string, { confirmed: boolean; rows: SignedRow[] }>();
  for (const row of namedHanoiSigners(kb)) {
    const key = `${isFact(row.grade)}:${row.cite[0].source}`;
    const group = bySource.get(key) ?? { confirmed: isFact(row.grade), rows: [] };
    group.rows.push(row);
    bySource.set(key, group);
  }
  const shared = [...bySource.values()].filter((g) => g.rows.length > 1).map((g) => ({ ...g, refs: g.rows.map((row) => row.cite[0]) }));
  const single = (confirmed: boolean): SignerGroup => ({
    confirmed,
    refs: [],
    rows: [...bySource.values()].filter((g) => g.rows.length === 1 && g.confirmed === confirmed).flatMap((g) => g.rows),
  });
  return [...shared, single(true), single(false)]
    .filter((g) => g.rows.length > 0)
    .sort((a, b) => Number(b.confirmed) - Number(a.confirmed) || b.refs.length - a.refs.length || b.rows.length - a.rows.length);
}

/** The citations the list rests on, in the order the list answer uses them: the passage button shows the same. */
export function signatoriesListCitations(kb: KnowledgeBase): CitationRef[] {
  const status = readStatus(kb);
  const data = kb.signatories;
  const first = (fact: FactItem) => fact.cite[0];
  return [
    data.depositary,
    first(status.hanoiSignatories.fact),
    first(status.hanoiFirstDay.fact),
    ...signerGroups(kb).flatMap((g) => g.refs),
    ...data.hanoi_regions.cite,
    ...data.signed.filter((row) => row.place !== 'hanoi').map((row) => row.cite[0]),
    first(status.laterSignatories.fact),
    first(status.ratifications.fact),
    ...data.unconfirmed.filter((r) => !data.signed.some((row) => row.country === r.country)).flatMap((r) => r.cite),
  ];
}

/**
 * The counts, the named signatories grouped by what confirms them, and what
 * is unknown. Each count cites the passage it rests on (the status facts'
 * first citation); a signer named by its own source alone is cited in its
 * own answer, not here.
 */
export function composeSignatoriesList(kb: KnowledgeBase, lang: Lang, citations: CitationList): ComposedParts {
  const s = signatoryStrings(lang);
  const data = kb.signatories;
  const named = namedHanoiSigners(kb);
  const status = readStatus(kb);
  citations.add([status.hanoiSignatories.fact.cite[0], status.hanoiFirstDay.fact.cite[0]]);

  const items: ListItem[] = signerGroups(kb).map(({ confirmed, refs, rows }) => {
    const names = rows.map((row) => countryName(row.country, lang)).sort(byName(lang));
    const [ref] = refs;
    if (!ref) return { title: confirmed ? s.confirmedEach : s.reportedEach, text: names.join(', '), citations: [] };
    const who = publishers(kb, [ref], lang);
    return { title: confirmed ? s.confirmedBy(who) : s.reportedByShort(who), text: names.join(', '), citations: citations.add(refs) };
  });

  const fields: Field[] = [];
  const regions = data.hanoi_regions;
  citations.add(regions.cite);
  const counts = regions.counts.map((r) => `${s.regions[r.region]} ${r.count}`).join(' · ');
  fields.push({ name: s.byRegion, value: `${counts}${regions.plus ? `, ${regions.plus[lang]}` : ''}` });
  const { laterSignatories: reported, ratifications } = status;
  const later = data.signed
    .filter((row) => row.place !== 'hanoi')
    .map((row) => {
      citations.add([row.cite[0]]);
      return s.laterLine(countryName(row.country, lang), s.place[row.place], row.note?.[lang] ?? '');
    });
  citations.add([reported.fact.cite[0], ratifications.fact.cite[0]]);
  fields.push({
    name: s.later,
    value: [...later, s.reportedTotal(reported.count, formatDate(reported.asOf, lang), status.hanoiSignatories.count), ratificationStatus(kb, lang)].join('\n'),
  });
  const unconfirmedSigners = data.unconfirmed.filter((r) => !data.signed.some((row) => row.country === r.country));
  const hanoiTotal = status.hanoiSignatories.count;
  const unknownLines = [s.unknownValue(hanoiTotal - named.length, hanoiTotal)];
  for (const report of unconfirmedSigners) {
    citations.add(report.cite);
    unknownLines.push(`${countryName(report.country, lang)} — ${withColon(s.unconfirmedReport, lang)} ${report.what[lang]}`);
  }
  fields.push({ name: s.unknown, value: unknownLines.join('\n') });
  fields.push(checkedField(kb, lang));
  return {
    title: s.listTitle,
    body: s.listBody(hanoiTotal, status.hanoiFirstDay.count, named.length),
    items,
    fields,
    related: data.see_also.flatMap((id) => kb.entries.get(id) ?? []),
  };
}
