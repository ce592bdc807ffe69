// The CLI's JSON contract: one object per reply, stable for scripts.
import { citationPlaces } from './citation-text.ts';
import { renderText } from './render-text.ts';
import { isFound, type Citation, type Reply } from './reply.ts';

/**
 * A citation for scripts. `sourceWords` are the source's own words, found
 * verbatim in its stored text; `ourSummary` is our wording, never the source's.
 */
export interface CitationJson {
  title: string;
  url: string;
  publisher: string;
  /** The page's own date, only when the page shows one. */
  published?: string;
  /** When the page was last checked. */
  checked: string;
  locator: string;
  sourceWords?: string[];
  ourSummary?: string[];
}

export interface ReplyJson {
  found: boolean;
  kind: Reply['kind'];
  lang: Reply['lang'];
  title: string;
  answer: string;
  citations: CitationJson[];
  entries: string[];
  related: { id: string; title: string }[];
  /** The reply's picture, described; `file` once the CLI has written it (--out). */
  picture?: { name: string; width: number; height: number; description: string; file?: string };
}

export function replyToJson(reply: Reply, pictureFile?: string): ReplyJson {
  const answer = reply.kind === 'answer' ? reply : undefined;
  const picture = answer?.picture;
  return {
    found: isFound(reply),
    kind: reply.kind,
    lang: reply.lang,
    title: reply.title,
    answer: renderText(reply),
    citations: (answer?.citations ?? []).map((citation) => citationJson(citation, reply.lang)),
    entries: [...(answer?.entryIds ?? [])],
    related: [...(answer?.related ?? (reply.kind === 'decline' ? reply.suggestions : []))],
    ...(picture
      ? { picture: { name: picture.name, width: picture.width, height: picture.height, description: picture.description, ...(pictureFile ? { file: pictureFile } : {}) } }
      : {}),
  };
}

function citationJson(citation: Citation, lang: Reply['lang']): CitationJson {
  const sourceWords = citation.passages.flatMap((p) => (p.excerpt ? [p.excerpt] : []));
  const ourSummary = citation.passages.flatMap((p) => (p.summary ? [p.summary[lang]] : []));
  return {
    title: citation.title,
    url: citation.url,
    publisher: citation.publisher,
    ...(citation.published ? { published: citation.published } : {}),
    checked: citation.checked,
    locator: citationPlaces(citation, lang),
    ...(sourceWords.length ? { sourceWords } : {}),
    ...(ourSummary.length ? { ourSummary } : {}),
  };
}
