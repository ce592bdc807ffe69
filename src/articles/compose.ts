// What the bot says about an article or a chapter: the title and what it does
// only where the grade allows stating them; otherwise the chapter it falls in
// and the official text. Every answer links the official text.
import type { CitationList } from '../answer/citation.ts';
import type { Field, ListItem } from '../answer/reply.ts';
import { gradesOf, isStateable } from '../knowledge/articles-schema.ts';
import type { ChapterRow } from '../knowledge/articles-schema.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { ArticleItem, ChapterItem, Entry, KnowledgeBase } from '../knowledge/types.ts';
import type { ComposedParts } from '../signatories/compose.ts';
import { articleStrings } from './i18n.ts';

/** The article's title as the bot may state it: ours in French, the official one in English; none when not confirmed. */
export function statedTitle(article: ArticleItem, lang: Lang): string | undefined {
  return article.title && isStateable(gradesOf(article).title) ? article.title[lang] : undefined;
}

function chapterOf(kb: KnowledgeBase, article: ArticleItem): ChapterRow {
  const chapter = kb.articles.chapters[article.chapter - 1];
  // The loader checks every article's chapter exists.
  if (!chapter) throw new Error(`article ${article.number} in unknown chapter ${article.chapter}`);
  return chapter;
}

/** "Article 7 — Illegal access", "Article 41 — Chapter V (title not confirmed)": for titles, lists and autocomplete. */
export function articleTitle(article: ArticleItem, lang: Lang): string {
  const s = articleStrings(lang);
  const title = statedTitle(article, lang);
  return title ? `${s.article(article.number)} — ${title}` : `${s.article(article.number)} — ${s.chapter(article.chapterRoman)} (${s.titleNotConfirmed})`;
}

export function chapterTitle(chapter: ChapterRow, lang: Lang): string {
  return `${articleStrings(lang).chapter(chapter.roman)} — ${chapter.title[lang]}`;
}

function officialTextField(kb: KnowledgeBase, lang: Lang, citations: CitationList): Field {
  citations.add(kb.articles.official_text);
  const links = kb.articles.official_text.map((ref) => kb.sources.get(ref.source)?.url).filter(Boolean);
  return { name: articleStrings(lang).officialText, value: articleStrings(lang).officialTextValue(links.join(' · ')) };
}

export function composeArticle(kb: KnowledgeBase, article: ArticleItem, lang: Lang, citations: CitationList): ComposedParts {
  const s = articleStrings(lang);
  const chapter = chapterOf(kb, article);
  const grades = gradesOf(article);
  const fields: Field[] = [];
  const placement = s.inChapter(article.number, chapter.roman, chapter.title[lang], chapter.first_article, chapter.last_article);
  const about = article.about && isStateable(grades.content) ? article.about[lang] : undefined;
  const title = statedTitle(article, lang);
  const body = about ?? (title ? placement : `${placement}\n\n${s.notConfirmed}`);
  if (title && lang !== 'en' && article.title) fields.push({ name: s.officialTitle, value: `${article.title.en} — ${s.titleTranslated}` });
  fields.push({ name: s.chapterLabel, value: s.chapterValue(chapter.roman, chapter.title[lang], chapter.first_article, chapter.last_article) });
  citations.add(chapter.cite);
  fields.push(officialTextField(kb, lang, citations));
  const chapterEntry = kb.entries.get(`chapter-${chapter.number}`);
  return { title: articleTitle(article, lang), body, items: [], fields, related: chapterEntry ? [chapterEntry] : [] };
}

export function composeChapter(kb: KnowledgeBase, chapter: ChapterItem, lang: Lang, citations: CitationList): ComposedParts {
  const s = articleStrings(lang);
  const items: ListItem[] = kb.articles.articles
    .filter((a) => a.chapter === chapter.number)
    .map((row) => {
      const article = kb.entries.get(`article-${row.number}`) as ArticleItem;
      return { title: s.article(row.number), text: s.articleLine(statedTitle(article, lang)), citations: citations.add(row.cite) };
    });
  const neighbours = [chapter.number - 1, chapter.number + 1].flatMap((n): Entry[] => {
    const entry = kb.entries.get(`chapter-${n}`);
    return entry ? [entry] : [];
  });
  return {
    title: chapterTitle(chapter, lang),
    body: s.chapterBody(chapter.roman, chapter.first_article, chapter.last_article),
    items,
    fields: [officialTextField(kb, lang, citations)],
    related: neighbours,
  };
}
