// Builds one answerable entry per article (article-<n>) and per chapter
// (chapter-<n>) from knowledge/articles.yaml, after checking what the schema
// cannot: every article once and in order, each inside its chapter's range,
// and the count the fact it names states.
import type { ArticlesFile } from './articles-schema.ts';
import type { ArticleItem, ChapterItem, Entry } from './types.ts';

export const articleId = (n: number) => `article-${n}`;
export const chapterId = (n: number) => `chapter-${n}`;

export interface ArticleProblem {
  field: string;
  message: string;
}

export function checkArticles(file: ArticlesFile, entries: ReadonlyMap<string, Entry>): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  const fact = entries.get(file.count.fact);
  if (fact?.kind !== 'fact') problems.push({ field: 'count.fact', message: `unknown fact "${file.count.fact}"` });
  else if (!fact.en.includes(String(file.count.articles))) problems.push({ field: 'count.fact', message: `fact "${file.count.fact}" does not state ${file.count.articles}` });
  if (file.chapters.length !== file.count.chapters) problems.push({ field: 'chapters', message: `${file.chapters.length} chapters for a count of ${file.count.chapters}` });
  if (file.articles.length !== file.count.articles) problems.push({ field: 'articles', message: `${file.articles.length} articles for a count of ${file.count.articles}` });
  let next = 1;
  file.chapters.forEach((chapter, i) => {
    if (chapter.number !== i + 1) problems.push({ field: `chapters[${i}].number`, message: `expected chapter ${i + 1}, found ${chapter.number}` });
    if (chapter.first_article !== next || chapter.last_article < chapter.first_article) {
      problems.push({ field: `chapters[${i}].first_article`, message: `chapters must cover the articles in order without gaps: expected to start at ${next}` });
    }
    next = chapter.last_article + 1;
  });
  file.articles.forEach((article, i) => {
    if (article.number !== i + 1) problems.push({ field: `articles[${i}].number`, message: `expected article ${i + 1}, found ${article.number}` });
    const chapter = file.chapters[article.chapter - 1];
    if (!chapter) problems.push({ field: `articles[${i}].chapter`, message: `unknown chapter ${article.chapter}` });
    else if (article.number < chapter.first_article || article.number > chapter.last_article) {
      problems.push({ field: `articles[${i}].chapter`, message: `article ${article.number} is outside chapter ${chapter.roman} (articles ${chapter.first_article}–${chapter.last_article})` });
    }
  });
  return problems;
}

export function articleEntries(file: ArticlesFile): (ArticleItem | ChapterItem)[] {
  return [
    ...file.chapters.map((chapter): ChapterItem => ({ kind: 'chapter', id: chapterId(chapter.number), ...chapter })),
    ...file.articles.map(
      (article): ArticleItem => ({ kind: 'article', id: articleId(article.number), chapterRoman: file.chapters[article.chapter - 1]?.roman ?? '?', ...article }),
    ),
  ];
}
