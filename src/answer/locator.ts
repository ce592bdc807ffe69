// Renders where a citation points in its source, in the reader's language.
// Locators are stored as data (knowledge/schema.ts), so a language is one
// more row of LOCATOR_WORDS, not a second copy of every locator.
import type { Lang, Locator } from '../knowledge/schema.ts';
import { quoted } from './i18n.ts';

const LOCATOR_WORDS = {
  fr: {
    para: (n: string, _range: boolean) => `§ ${n}`,
    article: (n: number, paragraph?: number) => (paragraph ? `article ${n}, paragraphe ${paragraph}` : `article ${n}`),
    heading: (h: string) => `rubrique ${quoted(h, 'fr')}`,
    part: { title: 'titre', whole: 'page entière' },
    caption: 'légende photo',
    beforeEvent: "écrit avant l'événement",
  },
  en: {
    para: (n: string, range: boolean) => (range ? `paras ${n}` : `para. ${n}`),
    article: (n: number, paragraph?: number) => (paragraph ? `Article ${n}(${paragraph})` : `Article ${n}`),
    heading: (h: string) => `section ${quoted(h, 'en')}`,
    part: { title: 'title', whole: 'whole page' },
    caption: 'photo caption',
    beforeEvent: 'written before the event',
  },
  vi: {
    para: (n: string, _range: boolean) => `đoạn ${n}`,
    article: (n: number, paragraph?: number) => (paragraph ? `Điều ${n}, khoản ${paragraph}` : `Điều ${n}`),
    heading: (h: string) => `mục ${quoted(h, 'vi')}`,
    part: { title: 'tiêu đề', whole: 'toàn trang' },
    caption: 'chú thích ảnh',
    beforeEvent: 'viết trước sự kiện',
  },
} as const satisfies Record<Lang, unknown>;

export function formatLocator(locator: Locator, lang: Lang): string {
  const w = LOCATOR_WORDS[lang];
  const places: string[] = [];
  const { para } = locator;
  if (typeof para === 'number') places.push(w.para(String(para), false));
  else if (para) places.push(w.para(`${para[0]}–${para[1]}`, true));
  if (locator.article !== undefined) places.push(w.article(locator.article, locator.paragraph));
  if (locator.heading !== undefined) places.push(w.heading(locator.heading));
  if (locator.part !== undefined) places.push(w.part[locator.part]);
  const notes = [locator.caption && w.caption, locator.before_event && w.beforeEvent].filter(Boolean);
  return `${places.join(', ')}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
