// "Show source passage": the words in the source that an entry rests on, with
// the surrounding paragraph when the source's text is stored, so a reader can
// check the answer without leaving Discord.
import type { CitationRef, Lang } from '../knowledge/schema.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { normalizeVerbatim } from '../knowledge/verbatim.ts';
import { signatoriesListCitations } from '../signatories/compose.ts';
import { CitationList } from './citation.ts';
import { entryTitle } from './compose.ts';
import { t, withColon } from './i18n.ts';
import { formatLocator } from './locator.ts';
import type { Answer } from './reply.ts';

/** Every citation an entry's reply rests on, its parts' included. */
export function citedRefs(kb: KnowledgeBase, entry: Entry): CitationRef[] {
  switch (entry.kind) {
    case 'signatories':
      return signatoriesListCitations(kb);
    case 'messages':
      return [...entry.cite, ...entry.messages.flatMap((m) => m.cite)];
    case 'signing':
      return [...entry.cite, ...entry.signers.flatMap((s) => s.cite)];
    default:
      return [...entry.cite];
  }
}

/** Past this length a stored paragraph is a scrape's run-together block: show the words alone. */
const PARAGRAPH_MAX = 600;

/** The stored paragraph (line) around `words` when it is short enough to read, else the words themselves. */
function surrounding(storedText: string | undefined, words: string): string {
  const wanted = normalizeVerbatim(words);
  const line = storedText?.split('\n').find((l) => normalizeVerbatim(l).includes(wanted))?.trim();
  return line && line.length <= PARAGRAPH_MAX ? line : words;
}

/**
 * For each reference: where it points, the source's own words when it has
 * them (the stored paragraph around the excerpt), and our summary when it
 * has one, labelled as ours and never shown as a passage.
 */
export function composePassage(kb: KnowledgeBase, entry: Entry, lang: Lang): Answer {
  const s = t(lang);
  const citations = new CitationList(kb, entry.cite);
  const passages: string[] = [];
  const seen = new Set<string>();
  for (const ref of citedRefs(kb, entry)) {
    const words = ref.excerpt ?? (entry.kind === 'quote' ? entry.text : undefined);
    const [index = 0] = citations.add([ref]);
    const where = `[${index + 1}]${ref.locator ? ` ${formatLocator(ref.locator, lang)}` : ''}`;
    const quotedWords = words ? `> ${surrounding(kb.sources.get(ref.source)?.storedText, words)}` : undefined;
    const ours = ref.summary ? `${withColon(s.inShort, lang)} ${ref.summary[lang]}` : undefined;
    const block = [where, quotedWords, ours].filter(Boolean).join('\n');
    if (seen.has(block)) continue;
    seen.add(block);
    passages.push(block);
  }
  return {
    kind: 'answer',
    lang,
    title: `${s.passageTitle} — ${entryTitle(entry, lang)}`,
    body: passages.join('\n\n') || s.noPassage,
    items: [],
    fields: [],
    citations: citations.toCitations(),
    entryIds: [entry.id],
    related: [],
  };
}
