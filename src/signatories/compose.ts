// What the bot says about who signed: one state's status, or the counts and
// the list. Each sentence is worded as its grade allows (see
// knowledge/signatories.yaml) and every answer gives the date the data was
// checked and the depositary's page for the current list.
import type { CitationList } from '../answer/citation.ts';
import { formatDate, withColon } from '../answer/i18n.ts';
import type { AnswerParts, Field, ListItem } from '../answer/reply.ts';
import { countryName } from '../countries/names.ts';
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

/** The counts, the named signatories grouped by what confirms them, and what is unknown. */
export function composeSignatoriesList(kb: KnowledgeBase, lang: Lang, citations: CitationList): ComposedParts {
  const s = signatoryStrings(lang);
  const data = kb.signatories;
  const named = namedHanoiSigners(kb);
  const status = readStatus(kb);
  for (const { fact } of [status.hanoiSignatories, status.hanoiFirstDay]) citations.add(fact.cite);

  // One line per source a signature rests on: confirmed ones first, the largest groups first.
  const groups = new Map<string, { grade: StatedGrade; rows: SignedRow[] }>();
  for (const row of named) {
    const key = `${isFact(row.grade) ? 'H' : 'M'}:${row.cite[0].source}`;
    const group = groups.get(key) ?? { grade: row.grade, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const items: ListItem[] = [...groups.values()]
    .sort((a, b) => Number(isFact(b.grade)) - Number(isFact(a.grade)) || b.rows.length - a.rows.length)
    .map(({ grade, rows }) => {
      const first = rows[0] as SignedRow;
      const who = publishers(kb, [first.cite[0]], lang);
      const names = rows.map((row) => countryName(row.country, lang)).sort((a, b) => a.localeCompare(b, lang));
      return { title: isFact(grade) ? s.confirmedBy(who) : s.reportedByShort(who), text: names.join(', '), citations: citations.add([first.cite[0]]) };
    });

  const fields: Field[] = [];
  const regions = data.hanoi_regions;
  citations.add(regions.cite);
  const counts = regions.counts.map((r) => `${s.regions[r.region]} ${r.count}`).join(' · ');
  fields.push({ name: s.byRegion, value: `${counts}${regions.plus ? `, ${regions.plus[lang]}` : ''}` });
  const { laterSignatories: reported, ratifications } = status;
  citations.add([reported.fact.cite[0], ratifications.fact.cite[0]]);
  const later = data.signed
    .filter((row) => row.place !== 'hanoi')
    .map((row) => {
      citations.add(row.cite);
      return s.laterLine(countryName(row.country, lang), s.place[row.place], row.note?.[lang] ?? '');
    });
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
