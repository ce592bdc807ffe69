// Structured answer: a question naming an article or a chapter ("what does
// article 16 say?", "chapitre V", "art. 41") gets that article or chapter
// (src/articles): its title and content where the sources allow, otherwise
// its chapter and the official text; past 68 or 9, that there is none.
import { articleAnswer, articleId, chapterId, findArticleReferences } from '../articles/index.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { AnalyzedQuery, SearchEngine } from '../search/engine.ts';
import type { StructuredResolver } from '../search/pipeline.ts';
import type { Reading } from '../text/reading.ts';

/** A Vietnamese law, code, decree or constitution named beside an article number. */
const OTHER_VIETNAMESE_TEXT = /(?<![\p{L}])(?:bo luat|luat|nghi dinh|thong tu|hien phap|quyet dinh)(?![\p{L}])/u;

/**
 * Whether a question names another text than the Convention: a name the index
 * has never seen ("Article 5 of the Budapest Convention", "l'article 49.3 de
 * la Constitution"), or a Vietnamese law, whose words the index may well know
 * ("Điều 3 Bộ luật Hình sự").
 */
export function namesAnotherText(question: Reading, read: AnalyzedQuery, engine: SearchEngine): boolean {
  return [...read.names].some((name) => !engine.knows(name)) || OTHER_VIETNAMESE_TEXT.test(question.folded);
}

export function articleResolver(kb: KnowledgeBase, engine: SearchEngine): StructuredResolver {
  return {
    name: 'article',
    resolve({ reading, read }) {
      const [reference] = findArticleReferences(reading.text);
      if (!reference || namesAnotherText(reading, read, engine)) return undefined;
      const id = reference.kind === 'article' ? articleId(reference.number) : chapterId(reference.number);
      return {
        entryId: kb.entries.has(id) ? id : kb.articles.count.fact,
        found: `${reference.kind} ${reference.number}`,
        compose: (lang) => articleAnswer(kb, reference, lang),
      };
    },
  };
}
