// Step 3 of understanding a question: a question about the time, the weather,
// sport, food, travel, the news, what an atlas says of a country, or another everyday
// subject is declined before any search — also when one of its words happens
// to be in the knowledge base ("weather in Hanoi tomorrow": Hanoi is
// everywhere in it). It stays a question for the search only when it also
// speaks of the Convention itself ("what time did the signing ceremony
// start?"); one about a country's own law, only when it names the Convention;
// one about another treaty, never.
import type { Reading } from '../text/reading.ts';
import { analyze } from './text.ts';

/** Words and phrases (folded: Vietnamese without its marks, đ as d) that name an everyday subject the bot does not cover. */
const DOMAINS: Readonly<Record<string, readonly string[]>> = {
  time: ['quelle heure', 'heure est il', 'l heure qu il est', 'heure actuelle', 'what time is it', 'time is it', 'current time', 'what s the time', 'quel jour sommes nous', 'what day is it', 'today s date', 'date d aujourd hui', 'may gio', 'gio hien tai', 'hom nay la ngay', 'hom nay thu may', 'hom nay ngay may'],
  weather: ['weather', 'meteo', 'forecast', 'quel temps', 'temps fait il', 'temps fera t il', 'temps va t il faire', 'il pleut', 'pleuvoir', 'pluie', 'rain', 'raining', 'temperature', 'degres', 'degrees', 'sunny', 'ensoleille', 'neige', 'snow', 'typhon', 'typhoon', 'humidite', 'humidity', 'canicule', 'heatwave', 'thoi tiet', 'du bao thoi tiet', 'troi mua', 'co mua', 'mua to', 'nhiet do', 'nang nong', 'con bao'],
  sport: ['match', 'football', 'foot', 'soccer', 'world cup', 'coupe du monde', 'olympics', 'olympic games', 'jeux olympiques', 'tennis', 'basketball', 'rugby', 'formula 1', 'formule 1', 'championship', 'championnat', 'premier league', 'ligue 1', 'champions league', 'ligue des champions', 'tournament', 'tournoi', 'goals', 'buts marques', 'bong da', 'vo dich', 'tran dau', 'giai dau', 'the thao'],
  // Not "pho" alone: folded, it is also "phó" (deputy: "phó thủ tướng") and "phố" (street).
  food: ['recipe', 'recette', 'cook', 'cooking', 'cuisine', 'cuisiner', 'restaurant', 'restaurants', 'food', 'nourriture', 'eat', 'manger', 'pho bo', 'pho ga', 'bowl of pho', 'eat pho', 'best pho', 'quan pho', 'to pho', 'an pho', 'banh mi', 'bun cha', 'nem', 'spring rolls', 'coffee', 'beer', 'biere', 'wine', 'cach nau', 'nau an', 'mon an', 'nha hang', 'ca phe', 'an gi'],
  entertainment: ['movie', 'movies', 'film', 'films', 'song', 'songs', 'chanson', 'music', 'musique', 'joke', 'blague', 'video game', 'jeu video', 'netflix', 'horoscope', 'phim', 'bai hat', 'am nhac', 'truyen cuoi', 'chuyen cuoi'],
  money: ['bitcoin', 'crypto', 'cryptocurrency', 'stock market', 'share price', 'bourse', 'exchange rate', 'taux de change', 'petrol price', 'gas price', 'fuel price', 'prix de l essence', 'gia vang', 'gia xang', 'gia dau', 'ty gia', 'chung khoan', 'tien ao', 'tien dien tu', 'tien ma hoa', 'cryptomonnaie', 'cryptomonnaies', 'crypto monnaie', 'nft'],
  // A country's own laws and fines (Viet Nam's Cybersecurity Law, a penal code), not the Convention.
  'national law': ['constitution', 'penal code', 'criminal code', 'civil code', 'code penal', 'code civil', 'cybersecurity law', 'cyber security law', 'cybersecurity act', 'loi sur la cybersecurite', 'loi de cybersecurite', 'loi cybersecurite', 'hien phap', 'luat an ninh mang', 'bo luat hinh su', 'xu phat', 'phat tien', 'muc phat', 'nghi dinh xu phat'],
  // Advice on the reader's own case (their data, their account, a scam they met): the Convention's text binds states,
  // it tells no one what to do. Asked of the Convention itself ("how do I read the convention?"), it stays a question.
  'personal advice': ['how do i', 'how can i', 'what do i do', 'what should i do', 'what can i do', 'should i', 'je fais comment', 'comment je fais', 'comment je peux', 'comment puis je', 'que dois je faire', 'qu est ce que je dois faire', 'je dois faire quoi', 'toi phai lam sao', 'toi nen lam gi', 'minh phai lam sao', 'minh nen lam gi', 'lam sao de toi', 'lam sao de minh'],
  // What happened lately (an attack, a hack, a leak in the news): the knowledge base reports the Convention, not the news.
  news: ['yesterday', 'last night', 'this morning', 'hier', 'hier soir', 'ce matin', 'hom qua', 'toi qua', 'sang nay', 'breaking news', 'latest news', 'dernieres nouvelles', 'tin moi nhat'],
  travel: ['hotel', 'hotels', 'flight', 'flights', 'billet d avion', 'plane ticket', 'tourism', 'tourisme', 'tourist', 'touriste', 'sightseeing', 'airport', 'aeroport', 'things to do', 'what to do in', 'que faire a', 'a visiter', 'khach san', 've may bay', 'du lich', 'san bay', 'tham quan', 'di choi', 'co gi choi', 'choi gi'],
  // Other treaties and laws on cybercrime, data or war, which the knowledge base does not cover: named in lower
  // case, "budapest convention" is not read as a name the index lacks.
  'another text': ['budapest', 'convention de budapest', 'geneva convention', 'geneva conventions', 'convention de geneve', 'conventions de geneve', 'paris agreement', 'accord de paris', 'kyoto protocol', 'protocole de kyoto', 'gdpr', 'rgpd', 'ai act', 'nis2', 'cloud act', 'malabo convention', 'convention de malabo', 'universal declaration of human rights', 'declaration universelle des droits de l homme', 'cong uoc geneva', 'convention on the rights of the child', 'rights of the child convention', 'convention relative aux droits de l enfant', 'convention sur les droits de l enfant', 'convention des droits de l enfant', 'onu sur les droits de l enfant', 'cong uoc quyen tre em', 'cong uoc ve quyen tre em', 'law of the sea', 'droit de la mer', 'luat bien', 'unclos', 'cedaw', 'climate agreement', 'accord sur le climat', 'refugee convention', 'convention sur les refugies', 'npt', 'non proliferation'],
  // A person's life (birth, age, family): the knowledge base holds what people did and said for the Convention.
  biography: ['born', 'birthday', 'how old', 'ne en', 'ne le', 'quel age', 'anniversaire', 'sinh nam', 'nam sinh', 'sinh ngay', 'bao nhieu tuoi', 'may tuoi', 'wife', 'husband', 'epouse', 'mari de', 'vo cua', 'chong cua'],
  // What an atlas or a travel guide says of a country or a city.
  geography: ['capital', 'capitale', 'capital city', 'population', 'inhabitants', 'habitants', 'time zone', 'timezone', 'fuseau horaire', 'currency', 'monnaie', 'visa', 'official language', 'langue officielle', 'thu do', 'dan so', 'bao nhieu dan', 'mui gio', 'tien te', 'thi thuc'],
};

/** Subjects a word of the Convention's setting does not bring back in scope: only its name does ("Luật An ninh mạng … có hiệu lực", a law's entry into force). */
const NAMED_ONLY: ReadonlySet<string> = new Set(['national law']);
/** Subjects nothing brings back in scope: a question about another treaty is not about this one, even when it names both. */
const NEVER_ANCHORED: ReadonlySet<string> = new Set(['another text']);

/** The Convention's own names. */
const CONVENTION_NAMES = new Set([...analyze('convention treaty cybercrime', 'any'), ...analyze('công ước', 'vi')]);

/** Words that make any question one about the Convention, whatever else it mentions. */
const ANCHORS = new Set([
  ...CONVENTION_NAMES,
  ...analyze(
    'convention treaty cybercrime signature signing ratification entry into force article chapter chapitre ceremony cérémonie negotiation négociation protocol protocole adoption resolution résolution',
    'any',
  ),
  ...analyze('công ước ký kết mở ký lễ ký phê chuẩn hiệu lực điều chương đàm phán nghị quyết nghị định thư tội phạm mạng', 'vi'),
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A text's words (runs of letters and digits), joined by single spaces. */
const wordsOf = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const DOMAIN_BY_CUE = new Map(Object.entries(DOMAINS).flatMap(([domain, cues]) => cues.map((cue) => [wordsOf(cue), domain] as const)));

// One alternation, longest cue first, over the words of the question and of the cues: a cue matches
// its words whole, whatever separates them. Matching the folded text itself needed a Unicode class
// in every alternative; compiled for a question with a character beyond Latin-1 ("’", "–"), that
// regular expression took 0.4 s and 60 MB.
const CUE = new RegExp(`(?:^| )(${[...DOMAIN_BY_CUE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?= |$)`);

/**
 * The everyday subject a question is about ("weather", "sport"…), or
 * undefined when it names none or also speaks of the Convention.
 * `terms` are the question's analyzed terms.
 */
export function offTopicDomain(question: Reading, terms: readonly string[]): string | undefined {
  const cue = CUE.exec(question.plainWords)?.[1];
  if (cue === undefined) return undefined;
  const domain = DOMAIN_BY_CUE.get(cue);
  if (domain === undefined || NEVER_ANCHORED.has(domain)) return domain;
  const anchors = NAMED_ONLY.has(domain) ? CONVENTION_NAMES : ANCHORS;
  return terms.some((term) => anchors.has(term)) ? undefined : domain;
}
