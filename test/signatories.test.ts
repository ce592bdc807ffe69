import { afterEach, describe, expect, it } from 'vitest';
import { composePassage } from '../src/answer/passage.ts';
import { renderText } from '../src/answer/render-text.ts';
import type { Reply } from '../src/answer/reply.ts';
import { Bot } from '../src/bot.ts';
import { KnowledgeBaseError, loadKnowledgeBase } from '../src/knowledge/load.ts';
import { findCountries, signatoriesAnswer, signatoryAnswer, signatoryStatus } from '../src/signatories/index.ts';
import { copyKnowledge, type KnowledgeCopy } from './support/knowledge-copy.ts';
import { Reading } from '../src/text/reading.ts';

const kb = loadKnowledgeBase();
const read = (code: string, lang: 'fr' | 'en' = 'en') => {
  const answer = signatoryAnswer(kb, code, lang);
  if (!answer) throw new Error(`no answer for ${code}`);
  return { answer, text: renderText(answer) };
};

describe('a state\'s signature, worded as its grade allows', () => {
  it('states a depositary-confirmed signature as a fact, with the day, the place and the source', () => {
    const { answer, text } = read('fr');
    expect(answer.entryIds[0]).toBe('signatory-fr');
    expect(answer.body).toBe('Yes — France signed the Convention on 25 October 2025 in Hanoi.');
    expect(answer.citations[0].publisher).toMatch(/Treaty Collection/);
    expect(text).toContain('2 December 2026');
    expect(text).toContain('treaties.un.org');
  });

  it('states a news-only signature as reported, naming who reports it', () => {
    const { answer } = read('ml');
    expect(answer.body).toMatch(/^Reported by Ecofin Agency: Mali signed the Convention/);
    expect(answer.body).not.toMatch(/^Yes/);
    expect(read('gb').answer.body).toMatch(/^Reported by newshour\.media, The Record \(Recorded Future News\) via databreaches\.net and Trend News Agency: the United Kingdom signed/);
  });

  it('answers in French, naming the country in the title', () => {
    const { answer, text } = read('fr', 'fr');
    expect(answer.title).toBe('France — signataire (Hanoï)');
    expect(answer.body).toBe('France — signataire : oui, le 25 octobre 2025 à Hanoï.');
    expect(text).toContain('2 décembre 2026');
  });

  it('writes French that needs no article and agrees with no name, whatever its gender and number', () => {
    // "la France", "les Philippines", "le Mali", "Israël": the name comes first, then words that agree with nothing.
    expect(read('ph', 'fr').answer.body).toBe('Philippines — signataire : oui, le 25 octobre 2025 à Hanoï.');
    expect(read('ml', 'fr').answer.body).toMatch(/^Mali — signataire selon Ecofin Agency, pendant la cérémonie de Hanoï \(25–26 octobre 2025\)\. C'est une information de presse/);
    expect(read('il', 'fr').answer.body).toMatch(/^Israël — au nombre des pays qui ont pris part aux négociations sans avoir encore signé : .*, selon newshour\.media\./);
    expect(read('no', 'fr').answer.body).toMatch(/^Norvège — pas parmi les signataires que nos sources nomment \(69 des 72 signataires de Hanoï sont nommés ; au 2 décembre 2026\)/);
    expect(read('nl', 'fr').answer.title).toBe('Pays-Bas — pas signataire à Hanoï, selon nos sources');
    for (const code of ['fr', 'ph', 'ml', 'us', 'nl', 'no', 'ar', 'ae', 'fj']) {
      const { answer } = read(code, 'fr');
      expect(`${answer.title}\n${answer.body}`).not.toMatch(/^Oui —|Rapporté par|n'a pas signé|ne figure pas|absente? de la liste/m);
    }
  });

  it('says a state the sources do not name is not among them, never a bare no', () => {
    const { answer, text } = read('mn');
    expect(answer.entryIds[0]).toBe('signatory-mn');
    expect(answer.body).toMatch(/^Mongolia is not among the signatories our sources name \(69 of the 72 Hanoi signatories are named; as of 2 December 2026\)/);
    expect(answer.body).not.toMatch(/\b(No|did not sign)\b/);
    expect(text).toContain('treaties.un.org');
    expect(text).toContain('2 December 2026');
  });

  it('says so where a source reports that a state did not sign, with the later news', () => {
    const us = read('us').answer;
    expect(us.title).toBe('United States — reported as not signing in Hanoi');
    // The fact that already says it, with its date, is given as written, not repeated in other words.
    expect(us.body).toMatch(/^The United States did not sign the convention in Hanoi; .*This is the situation as of 29 October 2025/);
    expect(us.body).toMatch(/United States — among the countries that took part in the negotiations but had not yet signed: .*, according to newshour\.media\./);
    expect(us.citations[0].publisher).toBe('Cybernews');
    const nl = read('nl').answer;
    expect(nl.body).toMatch(/^On 26 October 2025, .*"for administrative reasons" but would sign "in the very near future"/);
    expect(nl.citations.map((c) => c.publisher)).toContain('Việt Nam News (Vietnam News Agency)');
    expect(read('pk').answer.body).toMatch(/only Sri Lanka and the Maldives did, according to Ada Derana\./);
    expect(read('de').answer.body).toMatch(/13 European Union member states/);
    expect(read('ar').answer.title).toBe("Argentina — not on the depositary's list as read");
  });

  it('never states a low-grade report as a fact', () => {
    const ae = read('ae');
    expect(signatoryStatus(kb.entries.get('signatory-ae') as never)).toBe('not-named');
    expect(ae.text).toMatch(/Reported, unconfirmed:\nA report by Azerbaijan's Trend agency of 10 February 2026 lists the United Arab Emirates/);
    const qa = read('qa').text;
    expect(qa).toMatch(/Reported, unconfirmed:\nA low-grade site, The Machine Herald, citing Wikipedia, counts Qatar among three states said to have ratified/);
    expect(qa).toMatch(/No instrument of ratification deposited with the UN is confirmed/);
    // Canada's reported later signature rests only on AI-generated digests: left out.
    expect(read('ca').text).not.toMatch(/July 2026/);
  });

  it('answers ratification with the later steps the status facts state, each dated, and no deposit as of the ratification status', () => {
    const az = read('az').text;
    expect(az).toMatch(/Ratification:\nOn 10 February 2026, Azerbaijan's parliament approved the law ratifying the convention, .*as of 23 February 2026, none of our sources confirms the deposit/);
    expect(az).toMatch(/No instrument of ratification deposited with the UN is confirmed by our sources \(as of 2 December 2026\)/);
    expect(read('ru').text).toMatch(/On 28 January 2026, according to RIA Novosti, .*Russia had begun its ratification procedures/);
    expect(read('vn').text).toMatch(/from 26 to 30 January 2026, Viet Nam said it was completing its domestic procedures/);
    // The "as of" of the ratification status is the fact's, whatever the file's check date.
    const ratification = kb.entries.get('ratification-count-unknown');
    expect(ratification?.kind === 'fact' && ratification.as_of).toBe('2026-12-02');
  });

  it('gives Fiji as the 74th signatory, in New York', () => {
    expect(read('fj').answer.title).toBe('Fiji — signed in New York');
    expect(read('fj').text).toMatch(/74th signatory/);
  });

  it('answers for every state and the EU, each under its own id', () => {
    for (const code of ['eu', 'vn', 'tv', 'aq', 'xk']) expect(signatoryAnswer(kb, code, 'en')?.entryIds[0]).toBe(`signatory-${code}`);
    expect(signatoryAnswer(kb, 'zz', 'en')).toBeUndefined();
  });

  it('finds the country of a free question and answers it', () => {
    const [mention] = findCountries(new Reading('La Russie a-t-elle ratifié la convention ?'));
    expect(signatoryAnswer(kb, mention?.code ?? '', 'fr')?.title).toBe('Fédération de Russie — signataire (Hanoï)');
  });
});

describe('the counts and the list', () => {
  it('gives the Hanoi count, the first day, the regions, the 74th and what is unknown', () => {
    const answer = signatoriesAnswer(kb, 'en');
    const text = renderText(answer);
    expect(answer.entryIds[0]).toBe('signatories-list');
    expect(answer.body).toMatch(/^72 states signed in Hanoi .*64 of them on the first day\. Our sources name 69 of the 72:/);
    expect(text).toMatch(/Africa 21 · Asia-Pacific 19 · Europe 19 · Latin America 12, plus the European Union/);
    expect(text).toMatch(/Fiji — in New York: .*74th signatory/);
    expect(text).toMatch(/74 signatories in all according to press reports, as of 10 February 2026; the depositary counted 72 after Hanoi\./);
    expect(text).toMatch(/No instrument of ratification deposited with the UN is confirmed by our sources \(as of 2 December 2026\)/);
    expect(text).toMatch(/3 of the 72 Hanoi signatories are not named/);
    expect(answer.items[0]?.title).toMatch(/^Confirmed — United Nations Treaty Collection/);
    expect(answer.items.filter((i) => i.title?.startsWith('Reported')).length).toBeGreaterThan(0);
    // Cited: the depositary, the counts' sources and the sources that name several signers; a signer named
    // by a source of its own is cited in its own answer, so the list's sources all fit in one message.
    expect(answer.citations.map((c) => c.sourceId)).toEqual([
      'untc-xviii-16', 'cand-highlights', 'newshour-2025-10-29', 'ecofin-2025-10-27', 'vnexpress-2025-10-26', 'fbcnews-fiji-signs', 'trend-az-azerbaijan-ratification',
    ]);
    const single = answer.items.find((i) => i.title?.startsWith('Confirmed — an official or national source each'));
    expect(single?.text).toContain('Viet Nam');
    expect(single?.citations).toEqual([]);
    expect(text).not.toMatch(/Viet Nam \[\]/);
    expect(signatoryAnswer(kb, 'vn', 'en')?.citations.map((c) => c.sourceId)).toContain('qdnd-viet-nam-key-role');
    // "Show source passage" rests on exactly the list's sources.
    const list = kb.entries.get('signatories-list');
    if (!list) throw new Error('no list entry');
    expect(composePassage(kb, list, 'en').citations.map((c) => c.sourceId)).toEqual(answer.citations.map((c) => c.sourceId));
    const listed = answer.items.flatMap((i) => i.text.split(', '));
    expect(listed).toHaveLength(69);
    expect(listed).not.toContain('United Arab Emirates');
  });
});

describe('signatories.yaml is validated', () => {
  let copy: KnowledgeCopy;
  afterEach(() => copy.remove());
  const problems = (dir: string) => {
    try {
      loadKnowledgeBase(dir);
      return [];
    } catch (error) {
      if (error instanceof KnowledgeBaseError) return error.problems.map((p) => `${p.file} ${p.entry ?? ''} ${p.field ?? ''}: ${p.message}`);
      throw error;
    }
  };

  it('rejects an unknown country code', () => {
    copy = copyKnowledge();
    copy.edit('signatories.yaml', (t) => t.replace('- country: kz', '- country: qq'));
    expect(problems(copy.dir)).toContainEqual(expect.stringMatching(/signatories\.yaml .*signed\[\d+\]\.country: unknown country code "qq"/));
  });

  it('rejects a signature without a citation', () => {
    copy = copyKnowledge();
    copy.edit('signatories.yaml', (t) => t.replace(/(- country: kz\n  place: hanoi\n  grade: M\n  cite:)\n(?: {4}.*\n)+/, '$1 []\n'));
    expect(problems(copy.dir)).toContainEqual(expect.stringMatching(/signatories\.yaml .*signed\[\d+\]\.cite: needs at least one citation/));
  });

  it('cannot state a low-grade (L) report as a signature', () => {
    copy = copyKnowledge();
    copy.edit('signatories.yaml', (t) => t.replace('- country: kz\n  place: hanoi\n  grade: M', '- country: kz\n  place: hanoi\n  grade: L'));
    expect(problems(copy.dir)).toContainEqual(expect.stringMatching(/grade: must be H, M or M-H; a low-grade \(L\) report goes under `unconfirmed`/));
  });

  it('rejects an excerpt in a language the bot does not answer in, without our summary beside it', () => {
    copy = copyKnowledge();
    copy.edit('signatories.yaml', (t) => t.replace(/(excerpt: "От имени Казахстана[^\n]*\n)(?: {6}summary:\n(?: {8}.*\n){3})/, '$1'));
    expect(problems(copy.dir)).toContainEqual(expect.stringMatching(/signatories\.yaml .*cite\[0\]\.summary: the excerpt is in "ru", a language the bot does not answer in/));
  });

  it('points only to facts that carry the date they were true', () => {
    copy = copyKnowledge();
    copy.edit('signatories.yaml', (t) => t.replace('later: [azerbaijan-parliament-approval]', 'later: [adoption-date]').replace('fact: us-did-not-sign', 'fact: no-such-fact'));
    const found = problems(copy.dir);
    expect(found).toContainEqual(expect.stringMatching(/signed\[\d+\]\.later\[0\]: fact "adoption-date" states a status that changes, so it needs the date it was true \(as_of\)/));
    expect(found).toContainEqual(expect.stringMatching(/not_signed\.united-states\.fact: unknown fact "no-such-fact"/));
  });

  it('rejects a state listed both as signed and as not signing', () => {
    copy = copyKnowledge();
    copy.edit('signatories.yaml', (t) => t.replace('countries: [ar, am, co, ge, id, iq]', 'countries: [ar, am, co, ge, id, iq, fr]'));
    expect(problems(copy.dir)).toContainEqual(expect.stringMatching(/"fr" is listed as signed; a state cannot be both/));
  });
});

describe('/signatories through the bot', () => {
  const bot = new Bot();
  const run = (options: Record<string, unknown>, lang: 'fr' | 'en' = 'en') => bot.execute('signatories', options, { lang });
  const answerOf = (reply: Reply) => {
    if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}: ${reply.title}`);
    return reply;
  };

  it('answers a typed country, a picked suggestion and no country', async () => {
    expect(answerOf(await run({ country: 'germnay' })).entryIds).toEqual(['signatory-de']);
    expect(answerOf(await run({ country: 'id:signatory-jp' })).entryIds).toEqual(['signatory-jp']);
    expect(answerOf(await run({ country: 'has the UK signed?' })).entryIds).toEqual(['signatory-gb']);
    expect(answerOf(await run({})).entryIds).toEqual(['signatories-list']);
  });

  it('declines text naming no country, saying what to type', async () => {
    const reply = await run({ country: 'Atlantis' }, 'fr');
    expect(reply.kind).toBe('decline');
    expect(reply.body).toMatch(/Je ne reconnais aucun pays dans « Atlantis »/);
  });

  it('suggests countries in the reader\'s language, as stable ids', () => {
    const fr = bot.autocomplete('signatories', 'country', 'allem', { lang: 'fr' });
    expect(fr[0]).toEqual({ name: 'Allemagne', value: 'id:signatory-de' });
    const en = bot.autocomplete('signatories', 'country', 'germ', { lang: 'en' });
    expect(en[0]).toEqual({ name: 'Germany', value: 'id:signatory-de' });
    expect(bot.autocomplete('signatories', 'country', '', { lang: 'en' })).toHaveLength(25);
  });
});
