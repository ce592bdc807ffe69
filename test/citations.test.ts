// What a reader is told is the source's words must be the source's words,
// and a date must say what it is: the page's own, or when we checked it.
import { describe, expect, it } from 'vitest';
import { Bot } from '../src/bot.ts';
import { composeAnswer } from '../src/answer/compose.ts';
import { replyToJson } from '../src/answer/json.ts';
import { t, withColon } from '../src/answer/i18n.ts';
import { formatLocator } from '../src/answer/locator.ts';
import { citedRefs, composePassage } from '../src/answer/passage.ts';
import { renderText } from '../src/answer/render-text.ts';
import { renderMessage } from '../src/discord/render.ts';
import { LANGS } from '../src/knowledge/schema.ts';
import { containsVerbatim } from '../src/knowledge/verbatim.ts';

const bot = new Bot();
const { kb } = bot;

const allRefs = [...kb.entries.values()].flatMap((entry) => citedRefs(kb, entry).map((ref) => ({ entry, ref })));
const storedText = (sourceId: string) => kb.sources.get(sourceId)?.storedText;
const entry = (id: string) => {
  const found = kb.entries.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('every excerpt is the source’s own words', () => {
  it('finds every excerpt of the knowledge base verbatim in its source’s stored text', () => {
    const withExcerpt = allRefs.filter(({ ref }) => ref.excerpt !== undefined);
    expect(withExcerpt.length).toBeGreaterThan(100);
    const notFound = withExcerpt.filter(({ ref }) => !containsVerbatim(storedText(ref.source) ?? '', ref.excerpt ?? '')).map(({ entry: e }) => e.id);
    expect(notFound).toEqual([]);
  });

  it('finds every quote verbatim in a stored text it cites', () => {
    for (const quote of kb.quotes) {
      expect(quote.cite.some((c) => containsVerbatim(storedText(c.source) ?? '', quote.text)), quote.id).toBe(true);
    }
  });

  it('shows as a passage only words found in the stored text, and a summary only labelled as ours', () => {
    for (const e of kb.entries.values()) {
      for (const lang of LANGS) {
        const passage = composePassage(kb, e, lang);
        const texts = passage.citations.map((c) => storedText(c.sourceId) ?? '');
        for (const line of passage.body.split('\n').filter((l) => l.startsWith('> '))) {
          expect(texts.some((t) => containsVerbatim(t, line.slice(2))), `${e.id} (${lang}): ${line}`).toBe(true);
        }
        for (const { ref } of allRefs.filter((r) => r.entry === e && r.ref.summary)) {
          const summary = ref.summary?.[lang] ?? '';
          expect(passage.body, e.id).toContain(`${withColon(t(lang).inShort, lang)} ${summary}`);
          expect(passage.body, e.id).not.toContain(`> ${summary}`);
        }
      }
    }
  });

  it('keeps the source’s words and our summaries apart in the CLI JSON', () => {
    const reply = composeAnswer(kb, entry('ratification-count-unknown'), 'en');
    const json = replyToJson(reply);
    const depositary = json.citations.find((c) => c.url.includes('treaties.un.org'));
    expect(depositary?.sourceWords?.every((w) => containsVerbatim(storedText('untc-xviii-16') ?? '', w))).toBe(true);
    expect(depositary?.ourSummary?.[0]).toMatch(/^Our copy of the status page shows only signature dates/);
    for (const citation of json.citations) {
      for (const words of citation.sourceWords ?? []) expect(json.citations.flatMap((c) => c.ourSummary ?? [])).not.toContain(words);
    }
    expect(JSON.stringify(json)).not.toMatch(/"excerpt"/);
  });

  it('shows a summary-only citation without any quoted passage', () => {
    const passage = composePassage(kb, entry('refusal-of-requests'), 'en');
    expect(passage.body).toMatch(/^\[1\] whole page\nIn short \(our words\): Our checked facts summarise this report/);
    expect(passage.body).not.toMatch(/^> /m);
    const french = composePassage(kb, entry('refusal-of-requests'), 'fr');
    expect(french.body).toMatch(/^\[1\] page entière\nEn bref \(nos mots\) : Nos faits vérifiés/);
  });
});

describe('dates say what they are', () => {
  const published = (id: string) => kb.sources.get(id)?.published;

  it('dates a citation by the page only when the page has a date, otherwise says when it was checked', () => {
    expect(published('pacc-adoption')).toBeUndefined();
    expect(published('freedom-house-2025-10-06')).toBe('2025-10-06');
    const undated = composeAnswer(kb, entry('adoption-without-vote'), 'en');
    expect(renderText(undated)).toMatch(/PACC-CCAP, checked 2 December 2026/);
    expect(renderText(composeAnswer(kb, entry('adoption-without-vote'), 'fr'))).toMatch(/PACC-CCAP, consultée le 2 décembre 2026/);
    const dated = renderText(composeAnswer(kb, entry('freedom-house-warning'), 'en'));
    expect(dated).toMatch(/— Freedom House, 6 October 2025/);
    expect(dated).not.toMatch(/checked/);
    const embed = renderMessage(composeAnswer(kb, entry('ceremony-venue'), 'fr')).embeds[0];
    expect(embed?.fields?.at(-1)?.value).toMatch(/VietnamPlus \(Vietnam News Agency\), consultée le 2 décembre 2026/);
  });

  it('never gives an estimate as a page date: the Third Committee release is undated', () => {
    expect(published('un-press-gashc4428')).toBeUndefined();
    expect(renderText(composeAnswer(kb, entry('third-committee-approval'), 'en'))).toMatch(/Press Releases, checked 2 December 2026/);
  });

  it('says "as of" for every current status, in the text itself and in its answer', () => {
    const current = kb.facts.filter((f) => f.current);
    expect(current.map((f) => f.id)).toEqual(expect.arrayContaining(['ratification-count-unknown', 'signatories-reported-2026']));
    for (const fact of current) {
      const [year, month, day] = (fact.as_of ?? '').split('-').map(Number);
      const en = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(fact.en, fact.id).toContain(en);
      const answer = renderText(composeAnswer(kb, fact, 'fr'));
      expect(answer, fact.id).toMatch(/Vrai à la date du :\n\d{1,2}(er)? \S+ 20\d\d/);
    }
  });
});

describe('locators and quotation marks follow the reply’s language', () => {
  it('renders a structured locator in each language', () => {
    expect(formatLocator({ para: 30, before_event: true }, 'en')).toBe('para. 30 (written before the event)');
    expect(formatLocator({ para: 30, before_event: true }, 'fr')).toBe("§ 30 (écrit avant l'événement)");
    expect(formatLocator({ para: [17, 20], caption: true }, 'en')).toBe('paras 17–20 (photo caption)');
    expect(formatLocator({ article: 65, paragraph: 1 }, 'en')).toBe('Article 65(1)');
    expect(formatLocator({ article: 65, paragraph: 1 }, 'fr')).toBe('article 65, paragraphe 1');
    expect(formatLocator({ heading: 'UN Cybercrime Convention' }, 'fr')).toBe('rubrique « UN Cybercrime Convention »');
  });

  it('gives French replies French locators and English replies English ones', () => {
    const fr = renderText(composeAnswer(kb, entry('ceremony-dates'), 'fr'));
    expect(fr).toContain("§ 30 (écrit avant l'événement)");
    expect(fr).not.toMatch(/para\.|written before/);
    const en = renderText(composeAnswer(kb, entry('ceremony-dates'), 'en'));
    expect(en).toContain('para. 30 (written before the event)');
    expect(en).not.toMatch(/§|écrit avant/);
  });

  it('quotes with “ ” in English and « » in French', () => {
    const quote = entry('guterres-multilateralism');
    expect(composeAnswer(kb, quote, 'en').body).toMatch(/^Original text \(French\):\n“Cette Convention/);
    expect(composeAnswer(kb, quote, 'fr').body).toMatch(/^« Cette Convention/);
    const translated = composeAnswer(kb, entry('guterres-powerful-instrument'), 'fr');
    expect(translated.fields.find((f) => f.name.startsWith('Traduction'))?.value).toMatch(/^« La Convention/);
  });
});

describe('answers the issue named', () => {
  const ask = async (question: string) => bot.execute('ask', { question }, { lang: 'en' });

  it('says both when the UN started (2019) and when the negotiating rounds ran (2022–2024)', async () => {
    const reply = await ask('when did the negotiations start?');
    expect(reply.kind === 'answer' && reply.entryIds[0]).toBe('un-started-in-2019');
    expect(reply.body).toMatch(/2019.*2022 to 2024/s);
  });

  it('renders the third message as "for the people" and Guterres’s scams as stealing livelihoods', () => {
    expect(composeAnswer(kb, entry('message-people-first'), 'fr').body).toContain('est pour le peuple');
    expect(composeAnswer(kb, entry('guterres-sophisticated-scams'), 'fr').fields.map((f) => f.value).join(' ')).toContain('volent des moyens de subsistance');
    expect(composeAnswer(kb, entry('viet-nam-working-group'), 'fr').body).toContain('autorisé par le Président');
  });

  it('names only the groups its sources name, and states the serious-crime threshold as a maximum penalty', () => {
    const rights = entry('rights-groups-urge-no-signature');
    expect(rights.kind === 'fact' && rights.en).not.toMatch(/Human Rights Watch|Access Now/);
    const serious = entry('serious-crime-definition');
    expect(serious.kind === 'fact' && serious.en).toMatch(/maximum penalty.*not a minimum sentence/);
  });

  it('keeps Dang Hoang Giang’s reported sentences out of the quotes', () => {
    expect(kb.quotes.some((q) => q.speaker === 'Dang Hoang Giang')).toBe(false);
  });
});
