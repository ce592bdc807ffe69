// How a citation reads in every front end: its date (the page's own, or when
// it was checked) and the places in it, in the reply's language.
import type { Lang } from '../knowledge/schema.ts';
import { formatDate, t } from './i18n.ts';
import { formatLocator } from './locator.ts';
import type { Citation } from './reply.ts';

/** "25 October 2025" for a dated page; "checked 2 December 2026" for an undated one. */
export function citationDate(citation: Citation, lang: Lang): string {
  return citation.published ? formatDate(citation.published, lang) : `${t(lang).checkedAt} ${formatDate(citation.checked, lang)}`;
}

/** The places cited, each once: "para. 9; para. 30 (written before the event)". */
export function citationPlaces(citation: Citation, lang: Lang): string {
  const places = citation.passages.flatMap((p) => (p.locator ? [formatLocator(p.locator, lang)] : []));
  return [...new Set(places)].join('; ');
}

/** "publisher, date — places", the part of a citation line after its title. */
export function citationDetails(citation: Citation, lang: Lang): string {
  const places = citationPlaces(citation, lang);
  return `${citation.publisher}, ${citationDate(citation, lang)}${places ? ` — ${places}` : ''}`;
}
