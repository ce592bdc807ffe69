// The Convention's articles and chapters, for question understanding and the
// commands. Pure functions, no Discord.
//
//   findArticleReferences(text): ArticleReference[]
//     "article 16", "art. 16", "l'article 16", "Art 16", "chapter V",
//     "chapitre 5", "chương V" → [{kind: 'article' | 'chapter', number}], in
//     order; numbers as written, even out of range.
//   articleAnswer(kb, reference, lang): Answer
//     The article (entryIds[0] `article-<n>`) or chapter (`chapter-<n>`); its
//     title and content only where the sources allow stating them, otherwise
//     its chapter and the official text. Out of range: a clear answer that the
//     adopted text has 68 articles / 9 chapters, resting on the fact that
//     states it (entryIds[0] is that fact's id, `sixty-eight-articles`).
import { CitationList } from '../answer/citation.ts';
import { composeAnswer } from '../answer/compose.ts';
import { t } from '../answer/i18n.ts';
import type { Answer } from '../answer/reply.ts';
import { articleId, chapterId } from '../knowledge/articles.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { ArticleReference } from './find.ts';
import { articleStrings } from './i18n.ts';

export { findArticleReferences, type ArticleReference } from './find.ts';
export { articleId, chapterId } from '../knowledge/articles.ts';
export { articleTitle, chapterTitle } from './compose.ts';

export function articleAnswer(kb: KnowledgeBase, reference: ArticleReference, lang: Lang): Answer {
  const entry = kb.entries.get(reference.kind === 'article' ? articleId(reference.number) : chapterId(reference.number));
  if (entry) return composeAnswer(kb, entry, lang);
  return noSuchReference(kb, reference, lang);
}

function noSuchReference(kb: KnowledgeBase, reference: ArticleReference, lang: Lang): Answer {
  const s = articleStrings(lang);
  const { articles, chapters, fact: factId } = kb.articles.count;
  const fact = kb.entries.get(factId);
  // The loader checks the count's fact exists.
  if (fact?.kind !== 'fact') throw new Error(`count fact ${factId} missing`);
  const citations = new CitationList(kb, fact.cite);
  return {
    kind: 'answer',
    lang,
    title: s.noSuchTitle,
    body: reference.kind === 'article' ? s.noSuchArticle(reference.number, articles, chapters) : s.noSuchChapter(reference.number, chapters),
    items: [],
    fields: fact.disputed ? [{ name: t(lang).disputed, value: fact.disputed[lang] }] : [],
    citations: citations.toCitations(),
    entryIds: [fact.id],
    related: [],
  };
}
