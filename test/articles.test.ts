import { afterEach, describe, expect, it } from 'vitest';
import { renderText } from '../src/answer/render-text.ts';
import type { Reply } from '../src/answer/reply.ts';
import { articleAnswer, findArticleReferences } from '../src/articles/index.ts';
import { Bot } from '../src/bot.ts';
import { KnowledgeBaseError, loadKnowledgeBase } from '../src/knowledge/load.ts';
import { copyKnowledge, type KnowledgeCopy } from './support/knowledge-copy.ts';

const kb = loadKnowledgeBase();

describe('findArticleReferences', () => {
  it('reads the ways people write an article or a chapter', () => {
    for (const text of ['what does article 16 say?', 'art. 16', "que dit l'article 16 ?", 'Art 16', 'article n° 16', 'ARTICLE16']) {
      expect(findArticleReferences(text), text).toEqual([{ kind: 'article', number: 16 }]);
    }
    for (const text of ['chapter V', 'chapitre 5', 'Chapter 5', 'chương V']) {
      expect(findArticleReferences(text), text).toEqual([{ kind: 'chapter', number: 5 }]);
    }
  });

  it('finds nothing in words that only contain "art" or "chap"', () => {
    expect(findArticleReferences('a particle 5 and the chaplain 3')).toEqual([]);
    expect(findArticleReferences('which article covers illegal access?')).toEqual([]);
  });

  it('keeps numbers out of range, for the answer to say so', () => {
    expect(findArticleReferences('article 71')).toEqual([{ kind: 'article', number: 71 }]);
  });
});

describe('answers about articles and chapters', () => {
  const text = (kind: 'article' | 'chapter', number: number, lang: 'fr' | 'en' = 'en') => articleAnswer(kb, { kind, number }, lang);

  it('states the title and what an article does where the sources confirm them', () => {
    const answer = text('article', 7);
    expect(answer.entryIds[0]).toBe('article-7');
    expect(answer.title).toBe('Article 7 — Illegal access');
    expect(answer.body).toMatch(/Makes it a crime to access/);
    expect(renderText(answer)).toMatch(/II — Criminalization \(articles 7–21\)/);
    expect(renderText(answer)).toContain('treaties.un.org');
  });

  it('gives our French rendering of a title and the official English one', () => {
    const answer = text('article', 16, 'fr');
    expect(answer.title).toBe("Article 16 — Diffusion non consentie d'images intimes");
    expect(renderText(answer)).toMatch(/Intitulé officiel \(anglais\) :\nNon-consensual dissemination of intimate images — Intitulé traduit par nous/);
  });

  it('never states the title of an article whose title is not confirmed: its chapter and the official text instead', () => {
    const answer = text('article', 41);
    expect(answer.entryIds[0]).toBe('article-41');
    expect(answer.title).toBe('Article 41 — Chapter V (title not confirmed)');
    expect(answer.body).toMatch(/Article 41 is in Chapter V \(International cooperation\), which runs from article 35 to article 52/);
    expect(answer.body).toMatch(/read the article in the official text/);
    expect(renderText(answer)).not.toMatch(/24\/7/);
    expect(renderText(answer)).toContain('unodc.org');
  });

  it('states what articles 64 and 65 do (seen in the depositary) without their unconfirmed titles', () => {
    const answer = text('article', 65);
    expect(answer.title).toBe('Article 65 — Chapter IX (title not confirmed)');
    expect(answer.body).toMatch(/90th day after the 40th instrument/);
  });

  it('lists a chapter\'s articles, titled only where confirmed', () => {
    const answer = text('chapter', 2);
    expect(answer.entryIds[0]).toBe('chapter-2');
    expect(answer.title).toBe('Chapter II — Criminalization');
    expect(answer.items).toHaveLength(15);
    expect(answer.items[0]?.text).toBe('Illegal access');
    expect(answer.items[11]?.text).toMatch(/title not confirmed/);
  });

  it('answers an article or chapter out of range clearly, with the 68 vs 71 dispute', () => {
    const answer = text('article', 71);
    expect(answer.body).toMatch(/^There is no article 71: the adopted text of the Convention has 68 articles, in 9 chapters/);
    expect(answer.entryIds[0]).toBe('sixty-eight-articles');
    expect(renderText(answer)).toMatch(/71 articles/);
    expect(text('chapter', 12).body).toMatch(/There is no chapter 12/);
  });
});

describe('articles.yaml is validated', () => {
  let copy: KnowledgeCopy;
  afterEach(() => copy.remove());
  const problems = (dir: string) => {
    try {
      loadKnowledgeBase(dir);
      return [];
    } catch (error) {
      if (error instanceof KnowledgeBaseError) return error.problems.map((p) => `${p.file} ${p.field ?? ''}: ${p.message}`);
      throw error;
    }
  };

  it('cannot state the title of an article graded I', () => {
    copy = copyKnowledge();
    copy.edit('articles.yaml', (t) => t.replace(/(  - number: 41\n    chapter: 5\n    confidence: I\n)/, '$1    title: { en: "24/7 network", fr: "Réseau 24/7", vi: "Mạng lưới 24/7" }\n'));
    expect(problems(copy.dir)).toContainEqual(expect.stringMatching(/articles\[40\]\.title: a title graded I must not be stated/));
  });

  it('finds an article graded I by no subject: its subject belongs to its chapter', () => {
    copy = copyKnowledge();
    copy.edit('articles.yaml', (t) => t.replace(/(  - number: 37\n    chapter: 5\n    confidence: I\n)/, '$1    keywords: [extradition]\n'));
    expect(problems(copy.dir)).toContainEqual(expect.stringMatching(/articles\[36\]\.keywords: an article graded I is not found by its subject/));
  });

  it('rejects an article outside its chapter and a gap in the numbering', () => {
    copy = copyKnowledge();
    copy.edit('articles.yaml', (t) => t.replace('  - number: 41\n    chapter: 5', '  - number: 41\n    chapter: 6'));
    expect(problems(copy.dir)).toContainEqual(expect.stringMatching(/article 41 is outside chapter VI/));
  });
});

describe('/article through the bot', () => {
  const bot = new Bot();
  const run = (options: Record<string, unknown>, lang: 'fr' | 'en' = 'en') => bot.execute('article', options, { lang });
  const ids = (reply: Reply) => (reply.kind === 'answer' ? reply.entryIds : [reply.kind]);

  it('answers a number, a reference, words of a title, a picked suggestion and a chapter', async () => {
    expect(ids(await run({ number: '16' }))).toEqual(['article-16']);
    expect(ids(await run({ number: 'art. 9' }))).toEqual(['article-9']);
    expect(ids(await run({ number: 'illegal interception' }))).toEqual(['article-8']);
    expect(ids(await run({ number: 'id:article-41' }))).toEqual(['article-41']);
    expect(ids(await run({ chapter: '5' }))).toEqual(['chapter-5']);
    expect(ids(await run({}))).toEqual(['nine-chapters']);
    expect(ids(await run({ number: '99' }))).toEqual(['sixty-eight-articles']);
  });

  it('suggests articles by title or number, unconfirmed titles shown as such', () => {
    expect(bot.autocomplete('article', 'number', 'illeg', { lang: 'en' }).map((c) => c.value)).toEqual(['id:article-7', 'id:article-8']);
    expect(bot.autocomplete('article', 'number', '41', { lang: 'en' })).toEqual([{ name: 'Article 41 — Chapter V (title not confirmed)', value: 'id:article-41' }]);
    expect(bot.autocomplete('article', 'number', '', { lang: 'fr' })).toHaveLength(25);
  });
});
