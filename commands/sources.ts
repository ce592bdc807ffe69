// /sources: every source the knowledge base cites, with its address and the
// date it was checked.
import { CitationList } from '../src/answer/citation.ts';
import { formatDate, languageName, t } from '../src/answer/i18n.ts';
import type { Answer, ListItem } from '../src/answer/reply.ts';
import { answerLanguage, defineCommand } from './command.ts';

export const sources = defineCommand({
  name: 'sources',
  localNames: { fr: 'sources', vi: 'nguồn' },
  description: {
    fr: 'La liste des sources du bot, avec leurs adresses',
    en: 'The list of the bot’s sources, with their addresses',
    vi: 'Danh sách các nguồn của bot, kèm địa chỉ',
  },
  example: { fr: '/sources', en: '/sources', vi: '/sources' },
  options: [],
  run(_options, ctx): Answer {
    const lang = answerLanguage(ctx);
    const s = t(lang);
    const [first, ...rest] = [...ctx.kb.sources.values()].map((source) => ({ source: source.id, locator: { part: 'whole' as const } }));
    // The loader requires at least one source.
    if (!first) throw new Error('knowledge base without sources');
    const citations = new CitationList(ctx.kb, [first, ...rest]);
    // The title and address are in the citation; the list adds what a reader weighs a source by.
    const items: ListItem[] = [...ctx.kb.sources.values()].map((source, i) => ({
      title: source.publisher,
      text: [
        languageName(source.language, lang),
        `${s.checkedOn} ${formatDate(source.checked, lang)}`,
        ...(source.text ? [`${source.text.scope === 'excerpt' ? s.storedExcerpt : s.storedText} (${formatDate(source.text.retrieved, lang)})`] : []),
      ].join(' · '),
      citations: [i],
    }));
    return {
      kind: 'answer',
      lang,
      title: s.sourcesTitle,
      body: s.sourcesBody(items.length),
      items,
      fields: [],
      citations: citations.toCitations(),
      entryIds: [],
      related: [],
    };
  },
});
