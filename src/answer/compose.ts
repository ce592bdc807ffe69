// Turns knowledge-base entries into answers in the reader's language. The
// only place where entry fields become user-facing text.
import { articleTitle, chapterTitle, composeArticle, composeChapter } from '../articles/compose.ts';
import type { Lang, QuoteEntry } from '../knowledge/schema.ts';
import type { Entry, KnowledgeBase } from '../knowledge/types.ts';
import { composeSignatoriesList, composeSignatory, signatoryTitle } from '../signatories/compose.ts';
import { signatoryStrings } from '../signatories/i18n.ts';
import { CitationList, marker } from './citation.ts';
import { formatDate, languageName, quoted, t, withColon } from './i18n.ts';
import type { Answer, Field, ListItem, Related } from './reply.ts';

/** The short title of an entry, for lists, autocomplete and "other results". */
export function entryTitle(entry: Entry, lang: Lang): string {
  switch (entry.kind) {
    case 'quote':
      return `${entry.speaker} — ${quoted(truncateWords(entry.text, 60), lang)}`;
    case 'message':
      return `${t(lang).messageOf(entry.order, 3)} — ${entry.title[lang]}`;
    case 'signatory':
      return signatoryTitle(entry, lang);
    case 'signatories':
      return signatoryStrings(lang).listTitle;
    case 'article':
      return articleTitle(entry, lang);
    case 'chapter':
      return chapterTitle(entry, lang);
    default:
      return entry.title[lang];
  }
}

export function related(entries: readonly Entry[], lang: Lang): Related[] {
  return entries.map((e) => ({ id: e.id, title: entryTitle(e, lang) }));
}

export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Who said it, where, and the words in the reader's language when they were
 * said in another: our translation, shown as unofficial, or one a source
 * printed, named and cited (its source joins `citations`, marked).
 */
export function quoteFields(quote: QuoteEntry, lang: Lang, citations: CitationList): Field[] {
  const s = t(lang);
  const fields: Field[] = [
    { name: s.speaker, value: `${quote.speaker}, ${quote.role[lang]}` },
    { name: s.occasion, value: `${quote.occasion[lang]} — ${formatDate(quote.date, lang)}` },
  ];
  const translation = quote.language === lang ? undefined : quote.translations[lang];
  if (typeof translation === 'string') {
    fields.push({ name: s.unofficialTranslation, value: quoted(translation, lang) });
  } else if (translation) {
    const publisher = citations.publisherOf(translation.source);
    const indexes = citations.add([{ source: translation.source, excerpt: translation.text }]);
    fields.push({ name: s.publishedTranslation(publisher), value: `${quoted(translation.text, lang)}${marker(indexes)}` });
  }
  if (quote.note) fields.push({ name: s.note, value: quote.note[lang] });
  return fields;
}

interface ComposeOptions {
  related?: readonly Entry[];
  /** For the signing order: the position a question asked about, answered first. */
  position?: number;
}

export function composeAnswer(kb: KnowledgeBase, entry: Entry, lang: Lang, options: ComposeOptions = {}): Answer {
  const s = t(lang);
  const citations = new CitationList(kb, entry.cite);
  const fields: Field[] = [];
  let items: ListItem[] = [];
  let title: string;
  let body: string;
  let relatedEntries = options.related;

  switch (entry.kind) {
    case 'fact':
      title = entry.title[lang];
      body = entry[lang];
      if (entry.disputed) fields.push({ name: s.disputed, value: entry.disputed[lang] });
      if (entry.as_of) fields.push({ name: s.asOf, value: formatDate(entry.as_of, lang) });
      break;
    case 'quote':
      title = `${entry.speaker} — ${formatDate(entry.date, lang)}`;
      body = quoted(entry.text, lang);
      if (entry.language !== lang) body = `${withColon(s.originalLanguage(languageName(entry.language, lang)), lang)}\n${body}`;
      fields.push(...quoteFields(entry, lang, citations));
      break;
    case 'message':
      title = entryTitle(entry, lang);
      body = entry[lang];
      break;
    case 'messages':
      title = entry.title[lang];
      body = entry.intro[lang];
      for (const message of entry.messages) {
        items.push({ title: message.title[lang], text: message[lang], citations: citations.add(message.cite) });
      }
      break;
    case 'signing': {
      title = entry.title[lang];
      body = entry.intro[lang];
      if (options.position !== undefined) {
        const signer = entry.signers.find((x) => x.position === options.position);
        const last = Math.max(...entry.signers.map((x) => x.position));
        const asked = signer ? s.positionNamed(signer.position, signer.state[lang]) : s.positionNotNamed(options.position, last);
        body = `${asked}\n\n${body}`;
      }
      for (const signer of entry.signers) {
        const by = signer.signed_by ? ` — ${signer.signed_by[lang]}` : '';
        items.push({ text: `${signer.state[lang]}${by}`, citations: citations.add(signer.cite) });
      }
      fields.push({ name: s.unknownAfter, value: entry.unknown[lang] });
      break;
    }
    case 'signatory':
    case 'signatories':
    case 'article':
    case 'chapter': {
      const parts =
        entry.kind === 'signatory'
          ? composeSignatory(kb, entry, lang, citations)
          : entry.kind === 'signatories'
            ? composeSignatoriesList(kb, lang, citations)
            : entry.kind === 'article'
              ? composeArticle(kb, entry, lang, citations)
              : composeChapter(kb, entry, lang, citations);
      ({ title, body, items } = parts);
      fields.push(...parts.fields);
      relatedEntries ??= parts.related;
      break;
    }
  }

  return {
    kind: 'answer',
    lang,
    title,
    body,
    items,
    fields,
    citations: citations.toCitations(),
    entryIds: [entry.id],
    related: related(relatedEntries ?? [], lang),
  };
}
