// Each step of understanding a question (src/search/pipeline.ts), on its own.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../src/knowledge/load.ts';
import { answerTypesOf } from '../src/search/answer-types.ts';
import { askedMessage, askedPosition, askedType, LAST } from '../src/search/asked-type.ts';
import { writeOutChatSpeak } from '../src/search/chat-speak.ts';
import { claimOf } from '../src/search/claim.ts';
import { cleanQuestion } from '../src/search/clean.ts';
import { SearchEngine } from '../src/search/engine.ts';
import { offTopicDomain } from '../src/search/off-topic.ts';
import { smallTalkOf } from '../src/search/small-talk.ts';
import { analyze } from '../src/search/text.ts';
import { fixTransposition, withinOneEdit } from '../src/search/typos.ts';
import { Reading } from '../src/text/reading.ts';

const kb = loadKnowledgeBase();
const engine = new SearchEngine(kb);

describe('1. cleaning', () => {
  it('removes mentions, keeping the words', () => {
    expect(cleanQuestion('<@123456789012345678> who signed first?')).toBe('who signed first?');
    expect(cleanQuestion('@everyone @here qui a signé ? <@&987654321098765432> <#112233445566778899>')).toBe('qui a signé ?');
    expect(cleanQuestion('<@!123456789012345678>, did France sign')).toBe(', did France sign');
    expect(cleanQuestion('@HanoiBot did Chile sign?')).toBe('did Chile sign?');
  });

  it('removes markdown, links and emojis', () => {
    expect(cleanQuestion('**who** signed __first__?')).toBe('who signed first ?');
    expect(cleanQuestion('> `quand` ||la convention|| entre-t-elle en *vigueur* ?')).toBe('quand la convention entre-t-elle en vigueur ?');
    expect(cleanQuestion('see https://treaties.un.org/x?y=1 did Chile sign 🙂 :thumbsup:')).toBe('see did Chile sign');
    expect(cleanQuestion('what does [article 16](https://example.org/a16) say')).toBe('what does article 16 say');
  });

  it('leaves plain questions alone', () => {
    for (const q of ["qu'a dit Guterres ?", 'the 24/7 network', 'who signed 2nd?', 'A/C.3/79/L.22']) expect(cleanQuestion(q)).toBe(q);
  });
});

describe('1. chat spellings', () => {
  it('writes out French chat words', () => {
    expect(writeOutChatSpeak('c koi cette convention').text).toBe("c'est quoi cette convention");
    expect(writeOutChatSpeak('cest qui qui a signé').text).toBe("c'est qui qui a signé");
    expect(writeOutChatSpeak('jai lu ça, c vrai ?').text).toBe("j'ai lu ça, c'est vrai ?");
  });

  it('writes out English chat spellings, in lower case only', () => {
    expect(writeOutChatSpeak('how many ppl attended').text).toBe('how many people attended');
    expect(writeOutChatSpeak('can govts spy on u').text).toBe('can governments spy on you');
    expect(writeOutChatSpeak('did the U.S. sign').text).toBe('did the U.S. sign');
  });

  it('puts back a French elision typed without its apostrophe when the word after it is known', () => {
    const knows = (word: string) => engine.knowsWord(word);
    expect(writeOutChatSpeak('larticle 16 ça parle de quoi', knows).text).toBe("l'article 16 ça parle de quoi");
    expect(writeOutChatSpeak('le rôle de lonudc', knows).text).toBe("le rôle de l'onudc");
    for (const q of ['la loi', 'le lieu de la cérémonie', 'dhakaa']) expect(writeOutChatSpeak(q, knows).text, q).toBe(q);
  });

  it('writes out Vietnamese teen code only in a question that reads as Vietnamese', () => {
    expect(writeOutChatSpeak('mỹ có ký ko').text).toBe('mỹ có ký không');
    expect(writeOutChatSpeak('bn nước đã ký công ước ở hn').text).toBe('bao nhiêu nước đã ký công ước ở Hà Nội');
    expect(writeOutChatSpeak('công ước hà nội là j vậy mn').text).toBe('công ước hà nội là gì vậy mọi người');
    expect(writeOutChatSpeak('nhat ban ky chua z').text).toBe('nhat ban ky chua vậy');
    expect(writeOutChatSpeak('my ko ky ha').text).toBe('my không ky ha');
    for (const q of ['article 16 k?', 'what is plan j', 'did the EU sign z', 'c++ question']) expect(writeOutChatSpeak(q).text, q).toBe(q);
  });

  it('leaves an English chat spelling that is a Vietnamese syllable in a Vietnamese question', () => {
    expect(writeOutChatSpeak('tho nhi ky ky chua').text).toBe('tho nhi ky ky chua');
    expect(writeOutChatSpeak('did france sign tho').text).toBe('did france sign though');
  });
});

describe('1. a claim to check', () => {
  it('sets aside the words that frame a claim, in the three languages', () => {
    expect(claimOf('I read it has 71 articles, is that right?')?.text).toBe('it has 71 articles?');
    expect(claimOf('my teacher said the treaty was adopted by a vote, is that right?')?.text).toBe('the treaty was adopted by a vote?');
    expect(claimOf("mon prof dit que le texte a été adopté en 2023, c'est juste ?")?.text).toBe('le texte a été adopté en 2023?');
    expect(claimOf("j'ai lu que les etats unis avaient pas signé, c'est vrai ?")?.text).toBe('les etats unis avaient pas signé?');
    expect(claimOf('có đúng là công ước có 71 điều không')?.text).toBe('công ước có 71 điều không');
    expect(claimOf("people keep saying it's the first treaty of its kind")?.text).toBe("it's the first treaty of its kind");
    expect(claimOf("tout le monde dit que c'est un traité de surveillance")?.text).toBe("c'est un traité de surveillance");
  });

  it('leaves questions that frame no claim, or only a frame', () => {
    for (const q of ['what did they say about it', 'what do people say about the treaty', 'is it true?', 'who signed first?']) expect(claimOf(q), q).toBeUndefined();
  });
});

describe('2. small talk', () => {
  it('recognises greetings, thanks and goodbyes, with their language', () => {
    expect(smallTalkOf(new Reading('bonjour'))).toEqual({ kind: 'greeting', lang: 'fr' });
    expect(smallTalkOf(new Reading('hi bot'))).toEqual({ kind: 'greeting', lang: 'en' });
    expect(smallTalkOf(new Reading('Merci !'))).toEqual({ kind: 'thanks', lang: 'fr' });
    expect(smallTalkOf(new Reading('thanks a lot'))).toEqual({ kind: 'thanks', lang: 'en' });
    expect(smallTalkOf(new Reading('merci beaucoup pour la réponse'))).toEqual({ kind: 'thanks', lang: 'fr' });
    expect(smallTalkOf(new Reading('Salut tout le monde'))).toEqual({ kind: 'greeting', lang: 'fr' });
    expect(smallTalkOf(new Reading('bye'))).toEqual({ kind: 'goodbye', lang: 'en' });
    expect(smallTalkOf(new Reading('gm everyone'))).toEqual({ kind: 'greeting', lang: 'en' });
    expect(smallTalkOf(new Reading('bot ơi ngủ ngon'))).toEqual({ kind: 'goodbye', lang: 'vi' });
  });

  it('leaves the language to the reader when the words are said in both', () => {
    expect(smallTalkOf(new Reading('hello'))).toEqual({ kind: 'greeting', lang: undefined });
  });

  it('is not small talk when any word is more than that', () => {
    for (const q of ['bonjour, qui a signé en premier ?', 'hi, did France sign?', 'thanks, and when was it adopted?', 'ok', 'bot', 'merci de me dire qui a signé']) {
      expect(smallTalkOf(new Reading(q)), q).toBeUndefined();
    }
  });
});

describe('3. off topic', () => {
  const domain = (q: string) => offTopicDomain(new Reading(q), analyze(q, 'any'));

  it('names the everyday subject of a question, also when a word of it is in the knowledge base', () => {
    expect(domain('weather in Hanoi tomorrow')).toBe('weather');
    expect(domain('quel temps fait-il à Hanoï ?')).toBe('weather');
    expect(domain('what time is it in Hanoi')).toBe('time');
    expect(domain('quelle heure est-il au Vietnam ?')).toBe('time');
    expect(domain('who won the match')).toBe('sport');
    expect(domain('best restaurants in Hanoi')).toBe('food');
  });

  it('names what an atlas or a travel guide answers, and other treaties and laws', () => {
    expect(domain('capital city of australia?')).toBe('geography');
    expect(domain('quelle est la capitale du Vietnam ?')).toBe('geography');
    expect(domain('Thủ đô của Úc là gì?')).toBe('geography');
    expect(domain('ha noi co gi choi')).toBe('travel');
    expect(domain('Hà Nội có bao nhiêu dân?')).toBe('geography');
    expect(domain('Giá xăng hôm nay bao nhiêu?')).toBe('money');
    expect(domain('best things to do in hanoi')).toBe('travel');
    expect(domain('what does the budapest convention say about illegal access')).toBe('another text');
    expect(domain('is the Hanoi convention like the GDPR?')).toBe('another text');
  });

  it('keeps a country’s own law off topic when only a word of the setting is shared, not the Convention’s name', () => {
    expect(domain('Luật An ninh mạng của Việt Nam có hiệu lực khi nào?')).toBe('national law');
    expect(domain('Luật An ninh mạng khác gì công ước?')).toBeUndefined();
    expect(domain('what is article 5 of the us constitution')).toBe('national law');
    expect(domain('que dit le code pénal sur le piratage ?')).toBe('national law');
    expect(domain("when was vietnam's cybersecurity law passed")).toBe('national law');
  });

  it('names the news, crypto in Vietnamese, and does not take a deputy (phó) for pho', () => {
    expect(domain('any big cyberattack yesterday?')).toBe('news');
    expect(domain('hôm qua có vụ tấn công mạng nào không')).toBe('news');
    expect(domain('san tien ao bi hack mat bao nhieu')).toBe('money');
    expect(domain('best pho in hanoi?')).toBe('food');
    expect(domain('phó thủ tướng bùi thanh sơn có dự lễ không')).toBeUndefined();
    expect(domain('who signed yesterday, the convention i mean')).toBeUndefined();
  });

  it('keeps a question that also speaks of the Convention', () => {
    expect(domain('what was the weather like during the signing ceremony?')).toBeUndefined();
    expect(domain('combien d’heures de négociation ?')).toBeUndefined();
    expect(domain('who signed first')).toBeUndefined();
    // "nghị định thư" (protocol) is one word: its last syllable is not "thủ" (head, as in thủ đô, capital).
    expect(domain('nghị định thư bổ sung là gì?')).toBeUndefined();
  });
});

describe('reading a question: language and transposed letters', () => {
  it('tells a short question’s language by the words the knowledge base writes in one language only', () => {
    expect(engine.detectLanguage(new Reading('entry into force'))).toBe('en');
    expect(engine.detectLanguage(new Reading('entrée en vigueur'))).toBe('fr');
    expect(engine.detectLanguage(new Reading('signatories'))).toBe('en');
    expect(engine.detectLanguage(new Reading('signataires'))).toBe('fr');
    expect(engine.detectLanguage(new Reading('Guterres quote'))).toBe('en');
    expect(engine.detectLanguage(new Reading('citation Guterres'))).toBe('fr');
  });

  it('counts a Vietnamese name as one name: a French or English question that names it stays French or English', () => {
    expect(engine.detectLanguage(new Reading("Qu'a dit Lương Cường ?"))).toBe('fr');
    expect(engine.detectLanguage(new Reading('what did Lương Cường say?'))).toBe('en');
    expect(engine.detectLanguage(new Reading('Lương Cường nói gì?'))).toBe('vi');
  });

  it('reads Vietnamese words written only with letters French also writes, which French never writes', () => {
    expect(engine.detectLanguage(new Reading('bà mebarki là ai'))).toBe('vi');
    expect(engine.detectLanguage(new Reading('la délégation est là'))).toBe('fr');
  });

  it('keeps a French question French when it names a Vietnamese dish or place', () => {
    expect(engine.detectLanguage(new Reading('où manger un bon phở à Hanoï ?'))).toBe('fr');
    expect(engine.detectLanguage(new Reading('Phở là gì?'))).toBe('vi');
  });

  it('leaves the language undecided when the words are the same in both', () => {
    for (const q of ['Guterres', 'ratification', 'Hanoi 2025']) expect(engine.detectLanguage(new Reading(q)), q).toBeUndefined();
  });

  it('reads everyday phrasings as the terms the knowledge base uses', () => {
    expect(analyze('before it kicks in', 'en')).toContain('entreeenvigueur');
    expect(analyze('an extra protocol', 'en')).toEqual(analyze('a supplementary protocol', 'en'));
    expect(analyze('one of the signers', 'en')).toContain('signatur');
  });

  it('meets a long French verb in the imperfect or the infinitive with its other forms', () => {
    expect(analyze('présidait', 'fr')).toEqual(analyze('présidée', 'fr'));
    expect(analyze('portrait', 'fr')).toEqual(['portrait']);
    expect(analyze("pour l'adopter", 'fr')).toEqual(analyze('adoptée', 'fr'));
  });

  it('puts transposed letters right when that gives a word the knowledge base knows', () => {
    const known = (word: string) => ['signed', 'ratified', 'guterres'].includes(word);
    expect(fixTransposition('sigend', known)).toBe('signed');
    expect(fixTransposition('ratifeid', known)).toBe('ratified');
    expect(fixTransposition('gutreres', known)).toBe('guterres');
    expect(fixTransposition('budapest', known)).toBe('budapest');
    // Too short to guess which word was meant; already known.
    expect(fixTransposition('sgin', (w) => w === 'sign')).toBe('sgin');
    expect(fixTransposition('signed', (w) => ['signed', 'singed'].includes(w))).toBe('signed');
  });

  it('reads a question with its corrections', () => {
    const read = engine.analyze(new Reading('has Russia ratifeid? it was sigend'));
    expect(read.corrections).toEqual(['ratifeid → ratified', 'sigend → signed']);
    expect(read.terms).toEqual(analyze('has Russia ratified? it was signed', 'en'));
  });

  it('counts a transposition as one edit, as Damerau does', () => {
    expect(withinOneEdit('guteres', 'guterres')).toBe(true);
    expect(withinOneEdit('gutrees', 'guteres')).toBe(true);
    expect(withinOneEdit('waly', 'wally')).toBe(true);
    expect(withinOneEdit('guterres', 'gutierrez')).toBe(false);
  });
});

describe('4. the asked type', () => {
  const type = (q: string) => askedType(new Reading(q))?.type;

  it('recognises what kind of answer is asked for, in both languages', () => {
    expect(type('Until when can states sign?')).toBe('deadline');
    expect(type("jusqu'à quand peut-on signer ?")).toBe('deadline');
    expect(type('When did the ceremony take place?')).toBe('date');
    expect(type('Quand la convention a-t-elle été adoptée ?')).toBe('date');
    expect(type('Where was the signing held?')).toBe('place');
    expect(type('Où a eu lieu la cérémonie ?')).toBe('place');
    expect(type('who chaired the ad hoc committee')).toBe('person');
    expect(type('combien de pays ont signé ?')).toBe('number');
    expect(type('What did Guterres say in Hanoi?')).toBe('words');
    expect(type("qu'a dit Luong Cuong ?")).toBe('words');
    expect(type('where can I read the full speech')).toBe('speech');
    expect(type('why is it called the Hanoi Convention?')).toBe('reason');
    expect(type('which article covers illegal access?')).toBe('article');
    expect(type('la cérémonie a duré combien de jours')).toBe('duration');
    expect(type('how many hours did they negotiate')).toBe('duration');
    expect(type('lễ ký kéo dài mấy ngày')).toBe('duration');
    expect(type('ban du thao duoc phe duyet thang may nam 2024')).not.toBe('duration');
    expect(type('signatures on oct 25 alone, how many')).toBe('number');
    expect(type("does it say anything about breaking into someone's computer")).toBe('article');
    expect(type('la convention dit-elle quelque chose sur les enfants ?')).toBe('article');
    // Free speech is a freedom, not a speech someone gave.
    expect(type('is it bad for free speech')).toBeUndefined();
    expect(type('what about freedom of speech')).toBeUndefined();
    expect(type('the three messages')).toBeUndefined();
    // What a text provides is not someone's words.
    expect(type('what does article 65 say')).toBeUndefined();
    expect(type('que dit la convention sur les droits humains ?')).toBeUndefined();
  });

  it('reads "which article" before "says": the Convention’s text, not someone’s words', () => {
    expect(type('quel chapitre parle de coopération internationale ?')).toBe('article');
    expect(type('quel article parle de la protection des données personnelles ?')).toBe('article');
    expect(type('qui parle de coopération internationale ?')).toBe('words');
  });

  it('tells a question about something done from one about what can still be done', () => {
    expect(askedType(new Reading('Where was the convention signed?'))?.past).toBe(true);
    expect(askedType(new Reading('in which city did countries sign the convention?'))?.past).toBe(true);
    expect(askedType(new Reading('où la convention a-t-elle été signée ?'))?.past).toBe(true);
    expect(askedType(new Reading('where can states sign?'))?.past).toBeUndefined();
    expect(askedType(new Reading('where can states still sign now that Hanoi is over?'))?.past).toBeUndefined();
    expect(askedType(new Reading('où peut-on encore signer ?'))?.past).toBeUndefined();
  });

  it('reads "when does … end / close" of signing as until when, not of what is over', () => {
    expect(askedType(new Reading('when does the signature period end'))?.type).toBe('deadline');
    expect(askedType(new Reading('quand se termine la période de signature ?'))?.type).toBe('deadline');
    expect(askedType(new Reading('when did the signing ceremony end'))?.type).toBe('date');
    expect(askedType(new Reading('when does the ceremony end'))?.type).toBe('date');
  });

  it('reads colloquial ways of asking until when, and which chapter in Vietnamese', () => {
    expect(type("jusqu'au combien on peut encore la signer ?")).toBe('deadline');
    expect(type('can they still legally sign it?')).toBe('deadline');
    expect(type('Hợp tác quốc tế thuộc chương mấy?')).toBe('article');
  });

  it('keeps the words that only frame the question, as its form', () => {
    expect(askedType(new Reading('où se trouve le lieu de la cérémonie ?'))?.form).toEqual(['où', 'se trouve']);
    expect(askedType(new Reading('When did the ceremony take place?'))?.form).toEqual(['when', 'take place']);
    expect(askedType(new Reading('Guterres quote'))?.form).toEqual(['quote']);
    // The unit a duration counts is what the question is about.
    expect(askedType(new Reading("à partir de combien d'années de prison on parle d'infraction grave ?"))?.form).toEqual(['combien']);
  });

  it('does not take "ou" (or) for "où" (where)', () => {
    expect(type('le Vietnam ou la France ont-ils signé ?')).toBeUndefined();
  });

  it('reads the signing position an ordinal names', () => {
    expect(askedPosition(new Reading('who signed second'))).toBe(2);
    expect(askedPosition(new Reading('Who was the 5th country to sign?'))).toBe(5);
    expect(askedPosition(new Reading('who signed 10th?'))).toBe(10);
    expect(askedPosition(new Reading('qui a signé en dixième position'))).toBe(10);
    expect(askedPosition(new Reading('qui a signé en 2e ?'))).toBe(2);
    expect(askedPosition(new Reading('le 3ème pays à signer'))).toBe(3);
    expect(askedPosition(new Reading('qui a signé en premier'))).toBe(1);
  });

  it('reads which message an ordinal counts', () => {
    expect(askedMessage(new Reading('what was the first message about'))).toBe(1);
    expect(askedMessage(new Reading('quel est le troisième message de Luong Cuong ?'))).toBe(3);
    expect(askedMessage(new Reading('le 2e message'))).toBe(2);
    expect(askedMessage(new Reading('message 3 ?'))).toBe(3);
    expect(askedMessage(new Reading('the last message'))).toBe(LAST);
    expect(askedMessage(new Reading('Thông điệp thứ hai là gì?'))).toBe(2);
    expect(askedMessage(new Reading('what are the three messages'))).toBeUndefined();
    expect(askedMessage(new Reading('who signed first'))).toBeUndefined();
  });

  it('does not read an ordinal that counts something else as a position', () => {
    for (const q of ['combien de signatures le premier jour', 'what was the second message about?', 'the first treaty in 20 years', 'article 16', '24/7 network', 'resolution 79/243']) {
      expect(askedPosition(new Reading(q)), q).toBeUndefined();
    }
  });
});

describe('what kind of answer each entry gives', () => {
  const types = (id: string) => [...answerTypesOf(kb.entries.get(id) as never)];

  it('reads it from the entry’s kind and what its text states', () => {
    expect(types('open-for-signature-new-york')).toEqual(expect.arrayContaining(['deadline', 'date']));
    expect(types('ceremony-dates')).toContain('date');
    expect(types('ceremony-venue')).toContain('place');
    expect(types('hanoi-signatories-72')).toContain('number');
    expect(types('guterres-multilateralism')).toEqual(expect.arrayContaining(['quote', 'words']));
    expect(types('guterres-opening-remarks')).toContain('words');
    expect(types('ad-hoc-committee-chair')).toContain('person');
  });

  it('counts the people and groups a "who" asks about as persons', () => {
    expect(types('rights-groups-urge-no-signature')).toContain('person');
    expect(types('unodc-safeguards')).not.toContain('person');
  });

  it('does not count dates, years, document numbers and articles as counts, nor "in Hanoi" as a place', () => {
    expect(types('adoption-date')).not.toContain('number');
    expect(types('adoption-resolution-79-243')).not.toContain('number');
    expect(types('ceremony-chairs')).not.toContain('place');
    expect(types('ceremony-venue')).not.toContain('number');
  });

  it('tells how long something lasted from a count of anything else', () => {
    expect(types('ceremony-dates')).toContain('duration');
    expect(types('ceremony-dates')).not.toContain('number');
    expect(types('serious-crime-definition')).toContain('duration');
    expect(types('signatories-first-day')).toContain('number');
    expect(types('signatories-first-day')).not.toContain('duration');
  });
});
