// The phrases of article and chapter answers, in every language the bot answers in.
import type { Lang } from '../knowledge/schema.ts';

export const ARTICLE_STRINGS = {
  en: {
    article: (n: number) => `Article ${n}`,
    chapter: (roman: string) => `Chapter ${roman}`,
    titleNotConfirmed: 'title not confirmed',
    inChapter: (n: number, roman: string, title: string, first: number, last: number) =>
      `Article ${n} is in Chapter ${roman} (${title}), which runs from article ${first} to article ${last}.`,
    notConfirmed: 'We have not confirmed its title or its wording from a source, so we do not state them: read the article in the official text.',
    chapterLabel: 'Chapter',
    chapterValue: (roman: string, title: string, first: number, last: number) => `${roman} — ${title} (articles ${first}–${last})`,
    officialTitle: 'Official title (English)',
    officialText: 'Official text',
    officialTextValue: (links: string) => `Read it in the official text: ${links}`,
    chapterBody: (roman: string, first: number, last: number) =>
      first === last ? `Chapter ${roman} has a single article, article ${first}:` : `Chapter ${roman} runs from article ${first} to article ${last}:`,
    articleLine: (title: string | undefined) => title ?? '(title not confirmed: see the official text)',
    noSuchArticle: (n: number, count: number, chapters: number) =>
      `There is no article ${n}: the adopted text of the Convention has ${count} articles, in ${chapters} chapters. Ask about an article from 1 to ${count}.`,
    noSuchChapter: (n: number, chapters: number) => `There is no chapter ${n}: the Convention has ${chapters} chapters (I to IX).`,
    noSuchTitle: 'No such article or chapter',
    titleTranslated: 'Title translated by us from the official English.',
  },
  fr: {
    article: (n: number) => `Article ${n}`,
    chapter: (roman: string) => `Chapitre ${roman}`,
    titleNotConfirmed: 'intitulé non confirmé',
    inChapter: (n: number, roman: string, title: string, first: number, last: number) =>
      `L'article ${n} se trouve dans le chapitre ${roman} (${title}), qui va de l'article ${first} à l'article ${last}.`,
    notConfirmed: "Nous n'avons confirmé ni son intitulé ni son texte dans une source ; nous ne les donnons donc pas : lisez l'article dans le texte officiel.",
    chapterLabel: 'Chapitre',
    chapterValue: (roman: string, title: string, first: number, last: number) => `${roman} — ${title} (articles ${first} à ${last})`,
    officialTitle: 'Intitulé officiel (anglais)',
    officialText: 'Texte officiel',
    officialTextValue: (links: string) => `À lire dans le texte officiel : ${links}`,
    chapterBody: (roman: string, first: number, last: number) =>
      first === last ? `Le chapitre ${roman} compte un seul article, l'article ${first} :` : `Le chapitre ${roman} va de l'article ${first} à l'article ${last} :`,
    articleLine: (title: string | undefined) => title ?? '(intitulé non confirmé : voir le texte officiel)',
    noSuchArticle: (n: number, count: number, chapters: number) =>
      `Il n'y a pas d'article ${n} : le texte adopté de la Convention compte ${count} articles, en ${chapters} chapitres. Demandez un article de 1 à ${count}.`,
    noSuchChapter: (n: number, chapters: number) => `Il n'y a pas de chapitre ${n} : la Convention compte ${chapters} chapitres (I à IX).`,
    noSuchTitle: "Article ou chapitre inexistant",
    titleTranslated: "Intitulé traduit par nous de l'anglais officiel.",
  },
  vi: {
    article: (n: number) => `Điều ${n}`,
    chapter: (roman: string) => `Chương ${roman}`,
    titleNotConfirmed: 'tên điều chưa được xác nhận',
    inChapter: (n: number, roman: string, title: string, first: number, last: number) =>
      `Điều ${n} thuộc Chương ${roman} (${title}), gồm từ Điều ${first} đến Điều ${last}.`,
    notConfirmed: 'Chúng tôi chưa xác nhận được tên hay nội dung của điều này từ một nguồn, nên không nêu ra: hãy đọc điều này trong văn bản chính thức.',
    chapterLabel: 'Chương',
    chapterValue: (roman: string, title: string, first: number, last: number) => `${roman} — ${title} (Điều ${first}–${last})`,
    officialTitle: 'Tên chính thức (tiếng Anh)',
    officialText: 'Văn bản chính thức',
    officialTextValue: (links: string) => `Đọc trong văn bản chính thức: ${links}`,
    chapterBody: (roman: string, first: number, last: number) =>
      first === last ? `Chương ${roman} chỉ có một điều, Điều ${first}:` : `Chương ${roman} gồm từ Điều ${first} đến Điều ${last}:`,
    articleLine: (title: string | undefined) => title ?? '(tên điều chưa được xác nhận: xem văn bản chính thức)',
    noSuchArticle: (n: number, count: number, chapters: number) =>
      `Không có Điều ${n}: văn bản Công ước được thông qua có ${count} điều, trong ${chapters} chương. Hãy hỏi về một điều từ 1 đến ${count}.`,
    noSuchChapter: (n: number, chapters: number) => `Không có Chương ${n}: Công ước có ${chapters} chương (I đến IX).`,
    noSuchTitle: 'Không có điều hoặc chương này',
    titleTranslated: 'Tên điều do chúng tôi dịch từ bản tiếng Anh chính thức.',
  },
} as const satisfies Record<Lang, unknown>;

// Every language has every phrase: one missing is a type error here.
ARTICLE_STRINGS satisfies Record<Lang, Record<keyof (typeof ARTICLE_STRINGS)['en'], unknown>>;

export function articleStrings(lang: Lang) {
  return ARTICLE_STRINGS[lang];
}
