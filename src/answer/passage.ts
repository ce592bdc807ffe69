// "Show source passage": the words in the source that an entry rests on, with
// the surrounding paragraph when the source's text is stored, so a reader can
// check the answer without leaving Discord.
import type { CitationRef, Lang } from '../knowledge/schema.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { normalizeVerbatim } from '../knowledge/verbatim.ts';
import { CitationList } from './citation.ts';
import { entryTitle } from './compose.ts';
import { t, withColon } from './i18n.ts';
import { formatLocator } from './locator.ts';
import type { Answer } from './reply.ts';

function citedRefs(entry: Entry): CitationRef[] {
  switch (entry.kind) {
    case 'messages':
      return [...entry.cite, ...entry.messages.flatMap((m) => m.cite)];
    case 'signing':
      return [...entry.cite, ...entry.signers.flatMap((s) => s.cite)];
    default:
      return [...entry.cite];
  }
}

/** The stored paragraph (line) that contains `words`, if the source's text is stored. */
function paragraphContaining(storedText: string | undefined, words: string): string | undefined {
  if (!storedText) return undefined;
  const wanted = normalizeVerbatim(words);
  return storedText.split('\n').find((line) => normalizeVerbatim(line).includes(wanted))?.trim();
}

/**
 * The source's own words for each reference that has them (the stored
 * paragraph around the excerpt), our summary, labelled as ours, for a
 * reference that has only a summary (never shown as a passage), and the
 * place alone for a reference that has neither.
 */
export function composePassage(kb: KnowledgeBase, entry: Entry, lang: Lang): Answer {
  const s = t(lang);
  const citations = new CitationList(kb, entry.cite);
  const passages: string[] = [];
  const seen = new Set<string>();
  for (const ref of citedRefs(entry)) {
    const words = ref.excerpt ?? (entry.kind === 'quote' ? entry.text : undefined);
    const [index = 0] = citations.add([ref]);
    const where = `[${index + 1}]${ref.locator ? ` ${formatLocator(ref.locator, lang)}` : ''}`;
    const shown = words
      ? `> ${paragraphContaining(kb.sources.get(ref.source)?.storedText, words) ?? words}`
      : ref.summary
        ? `${withColon(s.inShort, lang)} ${ref.summary[lang]}`
        : '';
    const block = shown ? `${where}\n${shown}` : where;
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
