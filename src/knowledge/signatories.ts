// Builds one answerable entry per state (every ISO 3166-1 country) and the
// European Union from knowledge/signatories.yaml, after checking what the
// schema cannot: real country codes, one row per country, and facts that
// exist and carry the date they were true.
import { COUNTRIES, isCountryCode } from '../countries/names.ts';
import type { CitationRef } from './schema.ts';
import type { NotSignedGroup, SignatoriesFile, SignedRow } from './signatories-schema.ts';
import type { Entry, FactItem, SignatoriesItem, SignatoryItem } from './types.ts';

export const SIGNATORIES_LIST_ID = 'signatories-list';

export function signatoryId(code: string): string {
  return `signatory-${code}`;
}

export interface SignatoryProblem {
  entry?: string;
  field: string;
  message: string;
}

type Facts = ReadonlyMap<string, Entry>;

function factOf(entries: Facts, id: string): FactItem | undefined {
  const entry = entries.get(id);
  return entry?.kind === 'fact' ? entry : undefined;
}

/** The facts a file points to: each states a status that changes, so it must carry the date it was true. */
function pointedFacts(file: SignatoriesFile): { field: string; id: string }[] {
  return [
    ...file.signed.flatMap((row, i) => row.later.map((id, j) => ({ field: `signed[${i}].later[${j}]`, id }))),
    ...file.not_signed.flatMap((group) => (group.fact ? [{ field: `not_signed.${group.id}.fact`, id: group.fact }] : [])),
  ];
}

/** Problems the schema cannot see; `entries` lets it check the facts the file points to. */
export function checkSignatories(file: SignatoriesFile, entries: Facts): SignatoryProblem[] {
  const problems: SignatoryProblem[] = [];
  const unknown = (field: string, code: string) => problems.push({ field, message: `unknown country code "${code}" (not ISO 3166-1 alpha-2, nor eu)` });
  const seen = new Set<string>();
  file.signed.forEach((row, i) => {
    if (!isCountryCode(row.country)) unknown(`signed[${i}].country`, row.country);
    if (seen.has(row.country)) problems.push({ field: `signed[${i}].country`, message: `"${row.country}" has two rows` });
    seen.add(row.country);
  });
  file.unconfirmed.forEach((report, i) => {
    if (!isCountryCode(report.country)) unknown(`unconfirmed[${i}].country`, report.country);
  });
  for (const group of file.not_signed) {
    group.countries.forEach((code, i) => {
      if (!isCountryCode(code)) unknown(`not_signed.${group.id}.countries[${i}]`, code);
      if (seen.has(code)) problems.push({ entry: group.id, field: `countries[${i}]`, message: `"${code}" is listed as signed; a state cannot be both` });
    });
  }
  for (const { field, id } of pointedFacts(file)) {
    const fact = factOf(entries, id);
    if (!fact) problems.push({ field, message: `unknown fact "${id}"` });
    else if (!fact.as_of) problems.push({ field, message: `fact "${id}" states a status that changes, so it needs the date it was true (as_of)` });
  }
  file.see_also.forEach((id, i) => {
    if (!entries.has(id)) problems.push({ field: `see_also[${i}]`, message: `unknown entry "${id}"` });
  });
  return problems;
}

/** Every citation reference the file writes itself, with where it sits, for the loader's source check. */
export function signatoryCitations(file: SignatoriesFile): { field: string; cite: readonly CitationRef[] }[] {
  return [
    { field: 'depositary', cite: [file.depositary] },
    { field: 'hanoi_regions.cite', cite: file.hanoi_regions.cite },
    ...file.signed.map((row, i) => ({ field: `signed[${i}].cite`, cite: row.cite })),
    ...file.unconfirmed.map((report, i) => ({ field: `unconfirmed[${i}].cite`, cite: report.cite })),
    ...file.not_signed.flatMap((group) => (group.cite ? [{ field: `not_signed.${group.id}.cite`, cite: group.cite }] : [])),
  ];
}

/** What a group rests on: its own citations, or those of the fact it points to. */
export function groupCitations(group: NotSignedGroup, entries: Facts): readonly CitationRef[] {
  return group.cite ?? (group.fact ? (factOf(entries, group.fact)?.cite ?? []) : []);
}

function laterCitations(row: SignedRow | undefined, entries: Facts): CitationRef[] {
  return (row?.later ?? []).flatMap((id) => factOf(entries, id)?.cite ?? []);
}

/**
 * One entry per country and the EU, whatever the sources say of it, plus the
 * counts-and-list entry. Built after the facts are registered: an entry's
 * citations include those of the facts it points to, so "Show source
 * passage" shows every source the answer rests on.
 */
export function signatoryEntries(file: SignatoriesFile, entries: Facts): { list: SignatoriesItem; byCountry: Map<string, SignatoryItem> } {
  const byCountry = new Map<string, SignatoryItem>();
  for (const code of COUNTRIES.keys()) {
    const signed = file.signed.find((row) => row.country === code);
    const notSigned = file.not_signed.filter((group) => group.countries.includes(code));
    const unconfirmed = file.unconfirmed.filter((report) => report.country === code);
    const refs = [
      ...(signed?.cite ?? []),
      ...notSigned.flatMap((g) => groupCitations(g, entries)),
      ...laterCitations(signed, entries),
      ...unconfirmed.flatMap((r) => r.cite),
      file.depositary,
    ];
    const [first = file.depositary, ...rest] = refs;
    byCountry.set(code, { kind: 'signatory', id: signatoryId(code), code, signed, notSigned, unconfirmed, cite: [first, ...rest] });
  }
  const list: SignatoriesItem = { kind: 'signatories', id: SIGNATORIES_LIST_ID, cite: [file.depositary] };
  return { list, byCountry };
}
