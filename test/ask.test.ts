// /ask through bot.execute, for each kind of question the pipeline
// recognises, and the trace it leaves of why an answer was chosen.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../src/answer/reply.ts';
import { isFound } from '../src/answer/reply.ts';
import { Bot } from '../src/bot.ts';
import type { Lang } from '../src/knowledge/schema.ts';

const bot = new Bot();
const ask = (question: string, lang: Lang = 'en') => bot.execute('ask', { question }, { lang });
const answered = (reply: Reply): string => (reply.kind === 'answer' ? (reply.entryIds[0] ?? 'no entry') : reply.kind);
const steps = (question: string) => bot.pipeline.run(question).trace.map((t) => t.step);

describe('/ask: small talk', () => {
  it('answers a greeting with a pointer to /help, in its language, and does not count it as found', async () => {
    const reply = await ask('bonjour', 'en');
    expect(reply).toMatchObject({ kind: 'notice', level: 'small-talk', lang: 'fr', title: 'Bonjour ! 👋' });
    expect(reply.body).toContain('/help');
    expect(isFound(reply)).toBe(false);
  });

  it('answers thanks, and a greeting to the bot by name', async () => {
    expect(await ask('thanks a lot', 'fr')).toMatchObject({ kind: 'notice', lang: 'en', title: "You're welcome! 🙂" });
    expect(await ask('<@123456789012345678> hi bot!', 'fr')).toMatchObject({ kind: 'notice', lang: 'en', title: 'Hello! 👋' });
  });

  it('answers the question after a greeting', async () => {
    expect(answered(await ask('bonjour, qui a signé en premier ?'))).toBe('signing-order');
  });
});

describe('/ask: out of scope', () => {
  it('declines the weather, the time and sport even when a word is in the knowledge base, offering nothing near', async () => {
    for (const question of ['weather in Hanoi tomorrow', 'what time is it in Hanoi', 'who won the match', 'quel temps fera-t-il à Hanoï ?']) {
      const reply = await ask(question);
      expect(reply.kind, question).toBe('decline');
      expect(reply.kind === 'decline' && reply.suggestions, question).toEqual([]);
    }
    expect(steps('weather in Hanoi tomorrow')).toContain('off-topic');
  });
});

describe('/ask: structured answers', () => {
  it('answers a signing position the source names, saying which', async () => {
    const reply = await ask('who signed 2nd?');
    expect(answered(reply)).toBe('signing-order');
    expect(reply.body).toMatch(/^In 2nd position: Maldives\./);
    const fr = await ask('qui a signé en 3e position ?', 'fr');
    expect(fr.body).toMatch(/^En 3e position : Algérie\./);
  });

  it('says plainly that the sources name no later position', async () => {
    const reply = await ask('Who was the 10th country to sign?');
    expect(answered(reply)).toBe('signing-order');
    expect(reply.body).toMatch(/^The sources name positions 1–4; they do not name the 10th\./);
    expect((await ask('qui a signé en dixième ?', 'fr')).body).toMatch(/^Les sources nomment les positions 1 à 4 ; elles ne nomment pas la 10e\./);
    expect(bot.pipeline.run('who signed 10th').trace).toContainEqual({ step: 'structured', note: 'signing position: position 10 → signing-order' });
  });
});

describe('/ask: structured answers from what a question counts', () => {
  it('answers one of the three messages by its place in the list, and the list past the last one', async () => {
    expect(answered(await ask('what was the second message?'))).toBe('message-solidarity');
    expect(answered(await ask('quel est le troisième message de Luong Cuong ?', 'fr'))).toBe('message-people-first');
    expect(answered(await ask('Thông điệp thứ ba của Chủ tịch nước nói về điều gì?', 'vi'))).toBe('message-people-first');
    expect(answered(await ask('the last message'))).toBe('message-people-first');
    expect(answered(await ask('what was the fifth message?'))).toBe('luong-cuong-three-messages');
    expect(bot.pipeline.run('what was the second message?').trace).toContainEqual({ step: 'structured', note: 'message: message 2 → message-solidarity' });
  });

  it('leaves to the search a message counted of someone else', () => {
    expect(steps('what was the first message of the Freedom House statement?')).not.toContain('structured');
  });

  it('answers the position a count names with the fact that names its signer', async () => {
    const reply = await ask('which country became signatory number 74?');
    expect(answered(reply)).toBe('signatories-reported-2026');
    expect(reply.body).toContain('Fiji');
    expect(answered(await ask('qui est le 74e pays signataire ?', 'fr'))).toBe('signatories-reported-2026');
    // A count whose signer no fact names leaves the position to the signing order.
    expect(answered(await ask('who was the 72nd signatory?'))).toBe('signing-order');
  });

  it('answers a count by region with the list, which holds the regional counts', async () => {
    for (const [question, lang] of [
      ['how many African countries signed?', 'en'],
      ['how many european states signed in hanoi', 'en'],
      ["combien de pays d'Amérique latine ont signé ?", 'fr'],
      ['Châu Phi có mấy nước ký công ước?', 'vi'],
    ] as const) {
      const reply = await ask(question, lang);
      expect(answered(reply), question).toBe('signatories-list');
    }
    // The European Union is a signatory, not a region.
    expect(answered(await ask('did the European Union sign?'))).toBe('signatory-eu');
  });
});

describe('/ask: someone’s words', () => {
  it('declines what someone said when the knowledge base quotes no one it could be', async () => {
    for (const question of ['what did the French minister say', 'what did the Japanese ambassador say about it?', 'what did the russian ambassador say about the treaty']) {
      expect((await ask(question)).kind, question).toBe('decline');
    }
  });

  it('declines words asked of a state’s official when the answer does not name that state, in any language', async () => {
    expect((await ask('Bộ trưởng Pháp nói gì về công ước?', 'vi')).kind).toBe('decline');
    expect(answered(await ask('what did the us state department say'))).toBe('us-did-not-sign');
  });

  it('declines the words of someone the knowledge base never names, written after a Vietnamese title', async () => {
    expect((await ask('ông biden nói gì về công ước', 'vi')).kind).toBe('decline');
    expect(answered(await ask('ông guterres nói gì ở hà nội', 'vi'))).toMatch(/^guterres-/);
  });

  it('gives a speaker’s words in the question’s language when the knowledge base has them in it', async () => {
    const quoteLanguage = async (question: string) => {
      const entry = bot.kb.entries.get(answered(await ask(question)));
      return entry?.kind === 'quote' ? entry.language : undefined;
    };
    expect(await quoteLanguage('so what did guterres actually say at the hanoi thing')).toBe('en');
    expect(await quoteLanguage("qu'est-ce que Guterres a raconté à Hanoï ?")).toBe('fr');
  });

  it('still answers a speaker named by role', async () => {
    const reply = await ask("Qu'a dit le secrétaire général de l'ONU à Hanoï ?", 'fr');
    expect(reply.kind === 'answer' && reply.entryIds[0]).toMatch(/^guterres-/);
  });
});

describe('/ask: countries, the list of signatories, articles', () => {
  it.each([
    ['Did France sign?', 'signatory-fr'],
    ['la Russie a-t-elle ratifié ?', 'signatory-ru'],
    ['Is the UK a signatory?', 'signatory-gb'],
    ['did Frnace sign?', 'signatory-fr'],
    ['is russia on board with it', 'signatory-ru'],
    ['le canada a fini par signer ?', 'signatory-ca'],
    ['was india one of the signers?', 'signatory-in'],
    ['did the japanese sign it', 'signatory-jp'],
    ['did the host country sign?', 'signatory-vn'],
    ["l'UE a-t-elle signé ?", 'signatory-eu'],
    ['when did Fiji sign?', 'signatory-fj'],
    ['has the us signed it yet', 'signatory-us'],
    ['us signed it or not?', 'signatory-us'],
    ['my da tham gia ky ket chua', 'signatory-us'],
    ['ratifiction du vietnam c’est pour quand', 'signatory-vn'],
  ])('one state’s status: %s → %s', async (question, expected) => {
    expect(answered(await ask(question))).toBe(expected);
  });

  it.each([
    ['why hasn’t Germany signed?', 'signatory-de'],
    ['has Azerbaijan approved the convention?', 'signatory-az'],
    ["l'Italie a-t-elle signé la convention contre la cybercriminalité ?", 'signatory-it'],
  ])('the ways of consenting and why a state has not: %s → %s', async (question, expected) => {
    expect(answered(await ask(question))).toBe(expected);
  });

  it.each([
    ['et la France ?', 'signatory-fr'],
    ['what about the emiratis', 'signatory-ae'],
    ['les anglais ont signé à quelle date', 'signatory-gb'],
    ["l'arabie saoudite a signé quel jour", 'signatory-sa'],
    ['did the north koreans sign', 'signatory-kp'],
  ])('a state named alone, by two words of its people, or asked when: %s → %s', async (question, expected) => {
    expect(answered(await ask(question))).toBe(expected);
  });

  it('says which country it recognised', () => {
    expect(bot.pipeline.run('Did France sign?').trace).toContainEqual({ step: 'structured', note: 'signatory: France (fr) → signatory-fr' });
  });

  it.each([
    ['who signed for Viet Nam?', 'viet-nam-signed-by-luong-tam-quang'],
    ["quel pays a signé après l'Algérie ?", 'signing-order'],
    ['le vietnam appelle a ratifier ?', 'viet-nam-calls-for-ratification'],
    ['how many countries signed in Hanoi?', 'hanoi-signatories-72'],
  ])('leaves to the search what else a question asks of a state: %s → %s', async (question, expected) => {
    expect(answered(await ask(question))).toBe(expected);
  });

  it('answers "who signed?" with the list of signatories', async () => {
    for (const question of ['who signed the convention', 'signatories', 'quels pays ont signé ?']) expect(answered(await ask(question)), question).toBe('signatories-list');
  });

  it('declines what only looks like it: signing a PDF, another text’s article, a year it knows nothing of, days off', async () => {
    for (const question of [
      'how do I sign a contract online?',
      'comment signer un document PDF ?',
      "que dit l'article 5 de la Convention de Budapest ?",
      'what does article 8 of the GDPR say',
      'who will chair the conference of the states parties in 2029?',
      'combien de jours de congé prévoit le code du travail ?',
    ]) {
      expect((await ask(question)).kind, question).toBe('decline');
    }
  });

  it('answers an article or a chapter it names, and that there is no article 99', async () => {
    expect(answered(await ask('what does article 16 say?'))).toBe('article-16');
    expect(answered(await ask('chapitre IV', 'fr'))).toBe('chapter-4');
    expect(answered(await ask('article 99 de la convention', 'fr'))).toBe('sixty-eight-articles');
    expect(answered(await ask('which chapter is about international cooperation?'))).toBe('chapter-5');
  });

  it('answers an article asked for by its subject, in the words readers use', async () => {
    for (const [question, lang, expected] of [
      ['which article covers hacking', 'en', 'article-7'],
      ['article about illegal interception', 'en', 'article-8'],
      ['quel article concerne la pédopornographie ?', 'fr', 'article-14'],
      ['điều nào quy định về gian lận', 'vi', 'article-13'],
      ['what’s in the final provisions chapter', 'en', 'chapter-9'],
    ] as const) {
      expect(answered(await ask(question, lang)), question).toBe(expected);
    }
    expect(bot.pipeline.run('which article covers hacking').trace).toContainEqual({ step: 'structured', note: 'article subject: article 7 by its subject → article-7' });
  });

  it('answers a subject whose article’s title may not be stated with its chapter, never a guessed article', async () => {
    const reply = await ask('which article is about extradition');
    expect(answered(reply)).toBe('chapter-5');
    expect(reply.body).not.toMatch(/extradition/i);
    expect(answered(await ask('quel article parle de la protection des données personnelles ?', 'fr'))).toBe('chapter-5');
    expect(answered(await ask('which article covers the statute of limitations'))).toBe('chapter-2');
    expect(answered(await ask('which article is about punishing companies'))).toBe('chapter-2');
  });

  it('answers what the Convention provides of a chapter’s subject, asked without “which article”', async () => {
    for (const [question, lang] of [
      ['are companies liable under this thing or just individuals', 'en'],
      ['est-ce que les entreprises peuvent être poursuivies avec cette convention', 'fr'],
      ['doanh nghiệp có phải chịu trách nhiệm không', 'vi'],
      ['công ty có bị phạt không', 'vi'],
      ['les entreprises sont-elles concernées par la convention ?', 'fr'],
    ] as const) {
      expect(answered(await ask(question, lang)), question).toBe('chapter-2');
    }
    expect(answered(await ask('does the treaty require states to extradite people'))).toBe('chapter-5');
    expect(answered(await ask('can a country refuse to extradite someone under this treaty'))).toBe('chapter-5');
    expect(answered(await ask('victims get any help under this?'))).toBe('chapter-4');
    expect(answered(await ask('ça protège les données perso ou pas ce traité', 'fr'))).toBe('chapter-5');
    // A subject an entry of its own answers stays that entry's.
    expect(answered(await ask('whats the 24/7 network'))).toBe('network-24-7');
    // A question that only shares a subject's word asks something else.
    for (const [question, lang] of [
      ['how do I report a scam to the police', 'en'],
      ['làm sao báo công an khi bị lừa đảo', 'vi'],
      ['do companies have to pay taxes', 'en'],
      ['how can scam victims get help', 'en'],
      ['what is the statute of limitations for murder', 'en'],
      // The reader's own case is not what the text provides.
      ['can I refuse extradition', 'en'],
      ["est-ce que je peux refuser l'extradition", 'fr'],
    ] as const) {
      expect((await ask(question, lang)).kind, question).toBe('decline');
    }
  });

  it('reads what the Convention says of a subject as its text, not someone’s words', async () => {
    expect(answered(await ask('công ước nói gì về dẫn độ', 'vi'))).toBe('chapter-5');
    expect(answered(await ask('la convention parle des images pédopornographiques ?', 'fr'))).toBe('article-14');
    expect(bot.pipeline.run('công ước nói gì về dẫn độ').trace.map((t) => t.step)).not.toContain('asked');
  });

  it.each([
    ['is grooming kids online covered', 'article-15'],
    ['was it livestreamed anywhere', 'ceremony-webtv'],
    ['is it binding on anyone yet', 'ratification-count-unknown'],
    ['thongloun sisoulith il faisait quoi là-bas', 'laos-thongloun-attended'],
  ])('answers in readers’ words: %s → %s', async (question, expected) => {
    expect(answered(await ask(question))).toBe(expected);
  });

  it('leaves a subject found in two chapters, or in another text, to the search', () => {
    // Confiscation: in chapter IV (proceeds of crime) and chapter V (international cooperation).
    expect(steps('which article covers confiscation')).not.toContain('structured');
    expect(steps('which article of the Budapest Convention covers hacking')).not.toContain('structured');
    expect(steps('how many articles cover hacking')).not.toContain('structured');
  });
});

describe('/ask: where something was done, not where it can still be done', () => {
  it('answers where the convention was signed with the Hanoi venue', async () => {
    expect(answered(await ask('Where was the convention signed?'))).toBe('ceremony-venue');
    expect(answered(await ask('where can states sign now?'))).toBe('open-for-signature-new-york');
  });
});

describe('/ask: who signed for a state', () => {
  it('gives the entry that names who signed for it, however the state is named', async () => {
    for (const [question, lang] of [['who signed for the host country?', 'en'], ['qui a signé pour le pays hôte ?', 'fr'], ['ai ký cho vn vậy mn', 'vi']] as const) {
      expect(answered(await ask(question, lang)), question).toBe('viet-nam-signed-by-luong-tam-quang');
    }
  });
});

describe('/ask: a claim to check', () => {
  it('answers with what the sources hold, in the language its frame is written in', async () => {
    const reply = await ask('c vrai que 40 ratifications suffisent ?', 'en');
    expect(answered(reply)).toBe('entry-into-force-rule');
    expect(reply.lang).toBe('fr');
    expect(answered(await ask('I read it has 71 articles, is that right?'))).toBe('sixty-eight-articles');
  });
});

describe('/ask: after Hanoi', () => {
  it('reads the signatures after the Hanoi ceremony as the later ones, in the three languages', async () => {
    for (const [question, lang] of [['how many more countries signed after hanoi', 'en'], ['combien de pays ont signé depuis Hanoï ?', 'fr'], ['bao nhiêu nước ký sau Hà Nội', 'vi']] as const) {
      expect(answered(await ask(question, lang)), question).toBe('signatories-reported-2026');
    }
  });
});

describe('/ask: the kind of answer asked for comes first', () => {
  it.each([
    ['Until when can states sign?', 'open-for-signature-new-york'],
    ["jusqu'à quand les États peuvent-ils signer ?", 'open-for-signature-new-york'],
    ['When did the ceremony take place?', 'ceremony-dates'],
    ['Where was the signing held?', 'ceremony-venue'],
  ])('%s → %s', async (question, expected) => {
    expect(answered(await ask(question))).toBe(expected);
  });

  it('gives what a named speaker said, verbatim first', async () => {
    for (const question of ['What did Guterres say in Hanoi?', 'Guterres quote', "qu'a dit Guteres ?"]) {
      const reply = await ask(question);
      const entry = bot.kb.entries.get(answered(reply));
      expect(entry?.kind === 'quote' && entry.speaker, question).toBe('António Guterres');
    }
    expect(steps('What did Guterres say in Hanoi?')).toEqual(['read', 'asked', 'speaker', 'search']);
  });

  it('gives a report of a speech when a speech is asked for', async () => {
    expect(answered(await ask('where can I read Guterres’s full speech?'))).toBe('guterres-opening-remarks');
  });
});

describe('/ask: the words around a question', () => {
  it('strips mentions and markdown, and forgives transposed letters', async () => {
    expect(answered(await ask('@everyone **who** signed first?'))).toBe('signing-order');
    expect(answered(await ask('who sigend first'))).toBe('signing-order');
    expect(bot.pipeline.run('who sigend first').trace[0]).toEqual({ step: 'read', note: 'en; terms signatur first; sigend → signed' });
  });
});

describe('/ask: the reader’s language', () => {
  it('answers a short question in its own language, whatever the reader’s', async () => {
    expect((await ask('entry into force', 'fr')).lang).toBe('en');
    expect((await ask('signatories', 'fr')).lang).toBe('en');
    expect((await ask('Guterres quote', 'fr')).lang).toBe('en');
    expect((await ask('entrée en vigueur', 'en')).lang).toBe('fr');
  });

  it('answers in the reader’s language when the words do not tell', async () => {
    expect((await ask('Guterres', 'fr')).lang).toBe('fr');
    expect((await ask('Guterres', 'en')).lang).toBe('en');
  });

  it('words a usage error in the language of the question it refuses', async () => {
    const reply = await ask('who signed the convention first and when and where? '.repeat(12), 'fr');
    expect(reply).toMatchObject({ kind: 'notice', level: 'error', lang: 'en' });
    expect(reply.body).toMatch(/is too long/);
  });
});
