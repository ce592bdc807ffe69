// /article [number] [chapter]: what an article or a chapter of the Convention
// is about, as far as the sources confirm it, with the official text.
import { composeAnswer } from '../src/answer/compose.ts';
import { articleAnswer, articleId, articleTitle, findArticleReferences } from '../src/articles/index.ts';
import { listDecline } from '../src/answer/decline.ts';
import type { ArticleItem } from '../src/knowledge/types.ts';
import { fold } from '../src/text/fold.ts';
import { answerLanguage, defineCommand, entryValue, pickedEntry, type CommandContext } from './command.ts';

const AUTOCOMPLETE_LIMIT = 25;
/** Without a number or a chapter: the nine chapters, as the knowledge base states them. */
const OVERVIEW_FACT = 'nine-chapters';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

const NOT_FOUND = {
  fr: { title: 'Article non trouvé', intro: (typed: string) => `Je ne trouve pas d'article pour « ${typed} ». Donnez un numéro de 1 à 68, ou par exemple` },
  en: { title: 'Article not found', intro: (typed: string) => `I find no article for "${typed}". Give a number from 1 to 68, or for example` },
  vi: { title: 'Không tìm thấy điều', intro: (typed: string) => `Tôi không tìm thấy điều nào cho “${typed}”. Hãy cho một số từ 1 đến 68, hoặc ví dụ` },
} as const;

function articles(ctx: CommandContext): ArticleItem[] {
  return ctx.kb.articles.articles.flatMap((row) => {
    const entry = ctx.kb.entries.get(articleId(row.number));
    return entry?.kind === 'article' ? [entry] : [];
  });
}

export const article = defineCommand({
  name: 'article',
  localNames: { fr: 'article', vi: 'điều' },
  description: {
    fr: 'Un article (1 à 68) ou un chapitre de la Convention, avec le texte officiel',
    en: 'An article (1–68) or a chapter of the Convention, with the official text',
    vi: 'Một điều (1–68) hoặc một chương của Công ước, kèm văn bản chính thức',
  },
  example: { fr: '/article 16', en: '/article 16', vi: '/article 16' },
  options: [
    {
      name: 'number',
      localNames: { fr: 'numéro', vi: 'số' },
      type: 'string',
      autocomplete: true,
      rest: true,
      maxLength: 100,
      description: { fr: 'Numéro de l’article (1 à 68) ou mots de son titre', en: 'Article number (1–68) or words of its title', vi: 'Số điều (1–68) hoặc từ trong tên điều' },
    },
    {
      name: 'chapter',
      localNames: { fr: 'chapitre', vi: 'chương' },
      type: 'string',
      description: { fr: 'Un chapitre (I à IX)', en: 'A chapter (I to IX)', vi: 'Một chương (I đến IX)' },
      choices: ROMAN.map((roman, i) => ({ value: String(i + 1), name: { fr: `Chapitre ${roman}`, en: `Chapter ${roman}`, vi: `Chương ${roman}` } })),
    },
  ],

  run({ number, chapter }, ctx) {
    const lang = answerLanguage(ctx);
    if (chapter) return articleAnswer(ctx.kb, { kind: 'chapter', number: Number(chapter) }, lang);
    if (!number) {
      const overview = ctx.kb.entries.get(OVERVIEW_FACT);
      if (overview) return composeAnswer(ctx.kb, overview, lang);
      return articleAnswer(ctx.kb, { kind: 'chapter', number: 1 }, lang);
    }
    const picked = pickedEntry(ctx, number, 'article');
    if (picked) return composeAnswer(ctx.kb, picked, lang);
    if (/^\s*\d{1,4}\s*$/.test(number)) return articleAnswer(ctx.kb, { kind: 'article', number: Number(number) }, lang);
    const [reference] = findArticleReferences(number);
    if (reference) return articleAnswer(ctx.kb, reference, lang);
    const outcome = ctx.search.search({ query: number, kinds: ['article', 'chapter'] });
    if (outcome.status === 'answered') return composeAnswer(ctx.kb, outcome.best.entry, answerLanguage(ctx, outcome.lang));
    return listDecline(lang, NOT_FOUND[lang].title, NOT_FOUND[lang].intro(number), ['/article 7', '/article 16', '/article chapter:V']);
  },

  autocomplete(_option, value, ctx) {
    const lang = answerLanguage(ctx);
    const typed = fold(value).trim();
    const all = articles(ctx);
    const matching = !typed
      ? all
      : /^\d+$/.test(typed)
        ? all.filter((a) => String(a.number).startsWith(typed))
        : all.filter((a) => fold(articleTitle(a, lang)).includes(typed) || (a.title && fold(`${a.title.en} ${a.title.fr}`).includes(typed)));
    return matching.slice(0, AUTOCOMPLETE_LIMIT).map((a) => ({ name: articleTitle(a, lang), value: entryValue(a.id) }));
  },
});
