// The shape of knowledge/signatories.yaml: who signed, how sure we are, and
// who is reported not to have signed. How sure decides how a row may be
// stated, so the schema only lets a row be written where its grade allows:
// H (depositary, official or national source) is stated as fact, M and M-H
// (news reports) as reported; L (indirect or low-grade) has no place among
// signatures at all, only among `unconfirmed` reports, which are never stated
// as fact. What a fact of facts.yaml already states (a state's later steps, a
// non-signature with its date) is pointed to, never written twice; the counts
// (72 in Hanoi, the latest reported total, ratifications) are the status
// facts' (src/status), each with the date it was true.
import { z } from 'zod';
import { Localized, CitationRef, cite, id, isoDate } from './schema.ts';

/** A grade that allows stating a claim: H as a fact, M and M-H as reported. */
export const StatedGrade = z.enum(['H', 'M', 'M-H'], {
  error: 'must be H, M or M-H; a low-grade (L) report goes under `unconfirmed`, never stated as fact',
});
export type StatedGrade = z.infer<typeof StatedGrade>;

/** ISO 3166-1 alpha-2 in lower case, or `eu`; the loader checks it is a real code. */
const code = z.string().regex(/^[a-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in lower case (e.g. fr), or eu');

export const Place = z.enum(['hanoi', 'new-york']);
export type Place = z.infer<typeof Place>;

export const SignedRow = z.strictObject({
  country: code,
  place: Place,
  /** The day, when a source gives it. */
  date: isoDate.optional(),
  grade: StatedGrade,
  /** Something the reader should know, in our words (signed first, where it signed…). */
  note: Localized.optional(),
  /** The first citation is the one the grade rests on. */
  cite,
  /**
   * Facts (facts.yaml) stating the state's later steps, such as a parliament's
   * approval: each carries the date it was true, and the answer gives it.
   */
  later: z.array(id).default([]),
});
export type SignedRow = z.infer<typeof SignedRow>;

/** A report too weak to state (L): shown at most as "reported, unconfirmed". */
export const UnconfirmedReport = z.strictObject({
  country: code,
  what: Localized,
  cite,
});
export type UnconfirmedReport = z.infer<typeof UnconfirmedReport>;

/**
 * What a source says about states that did not sign in Hanoi: in our words
 * (`what`, graded and cited), or as a fact of facts.yaml that already says it
 * with its date (`fact`).
 */
export const NotSignedGroup = z
  .strictObject({
    id,
    countries: z.array(code).min(1),
    /** `not-signed`: a source says so; `not-listed`: absent from the part of the depositary's list we could read. */
    status: z.enum(['not-signed', 'not-listed']),
    what: Localized.optional(),
    grade: StatedGrade.optional(),
    cite: cite.optional(),
    fact: id.optional(),
  })
  .superRefine((group, ctx) => {
    const own = [group.what, group.grade, group.cite].filter((v) => v !== undefined).length;
    if (group.fact !== undefined ? own > 0 : own < 3) {
      ctx.addIssue({ code: 'custom', path: group.fact !== undefined ? ['fact'] : ['what'], message: 'give either `fact`, or `what`, `grade` and `cite`' });
    }
  });
export type NotSignedGroup = z.infer<typeof NotSignedGroup>;

export const Region = z.enum(['africa', 'asia-pacific', 'europe', 'latin-america']);
export type Region = z.infer<typeof Region>;

export const SignatoriesFile = z.strictObject({
  /** When the data was last checked against its sources: the date of every "as of" it does not take from a fact. */
  checked: isoDate,
  /** The depositary's status page: where every answer sends the reader for the current list. */
  depositary: CitationRef,
  /** How the Hanoi signatories split by region (the counts themselves are the status facts', src/status). */
  hanoi_regions: z.strictObject({
    counts: z.array(z.strictObject({ region: Region, count: z.number().int().positive() })).min(1),
    /** Signatories counted apart from the regions (the European Union). */
    plus: Localized.optional(),
    cite,
  }),
  /** Entries an answer offers as "other results". */
  see_also: z.array(id).default([]),
  signed: z.array(SignedRow).min(1),
  unconfirmed: z.array(UnconfirmedReport).default([]),
  not_signed: z.array(NotSignedGroup).default([]),
});
export type SignatoriesFile = z.infer<typeof SignatoriesFile>;
