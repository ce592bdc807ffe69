// Plain-text rendering of a reply: what the console prints and what the CLI
// puts in its JSON `answer` field. Everything a reader needs, lists and
// sources included, with no markup.
import type { Lang } from '../knowledge/schema.ts';
import { marker } from './citation.ts';
import { citationDetails } from './citation-text.ts';
import { t, withColon } from './i18n.ts';
import type { Citation, Reply } from './reply.ts';

export function citationLine(citation: Citation, lang: Lang): string {
  return `${citation.title} — ${citationDetails(citation, lang)}`;
}

export function renderText(reply: Reply): string {
  const s = t(reply.lang);
  const lines: string[] = [reply.title, '', reply.body];

  if (reply.kind === 'answer') {
    const numbered = reply.citations.length > 1;
    if (reply.items.length > 0) lines.push('');
    reply.items.forEach((item, i) => {
      lines.push(`${i + 1}. ${item.title ? `${item.title} — ` : ''}${item.text}${numbered ? marker(item.citations) : ''}`);
    });
  }
  if (reply.kind === 'answer' && reply.picture) {
    const { name, width, height } = reply.picture;
    lines.push('', `${withColon(s.picture, reply.lang)} ${name} (${width}×${height})`);
  }
  if (reply.kind !== 'decline') {
    for (const field of reply.fields) lines.push('', withColon(field.name, reply.lang), field.value);
  }
  if (reply.kind === 'decline' && reply.suggestions.length > 0) {
    lines.push('', withColon(s.didYouMean, reply.lang));
    for (const suggestion of reply.suggestions) lines.push(`- ${suggestion.title}`);
  }
  if (reply.kind === 'answer') {
    if (reply.related.length > 0) {
      lines.push('', withColon(s.otherResults, reply.lang));
      for (const other of reply.related) lines.push(`- ${other.title}`);
    }
    lines.push('', withColon(s.sources, reply.lang));
    reply.citations.forEach((citation, i) => {
      lines.push(`[${i + 1}] ${citationLine(citation, reply.lang)}`, `    ${citation.url}`);
    });
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
