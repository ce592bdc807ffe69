// Step 2 of understanding a question: a message made only of greetings,
// thanks or goodbyes ("bonjour", "hi bot", "merci !", "thanks a lot") is not a
// question. It gets a friendly pointer to /help instead of a search. A
// greeting before a real question ("bonjour, qui a signé ?") is a question:
// every word must belong to small talk for the message to count as such.
import { LANGS, type Lang } from '../knowledge/schema.ts';
import type { Reading } from '../text/reading.ts';

export type SmallTalkKind = 'greeting' | 'thanks' | 'goodbye';

export interface SmallTalk {
  kind: SmallTalkKind;
  /** The language its words are in, when they say (bonjour → fr, thanks → en). */
  lang: Lang | undefined;
}

type Phrase = readonly [phrase: string, kind: SmallTalkKind | 'filler', lang?: Lang];

// Folded (lowercase, no accents, apostrophes as spaces). A filler is a word
// that goes with small talk but is not small talk alone ("bot", "a lot").
const PHRASES: readonly Phrase[] = [
  ...words('greeting', 'fr', 'bonjour bonsoir salut coucou rebonjour', 'ca va', 'comment ca va', 'comment vas tu', 'comment allez vous', 'bien le bonjour'),
  ...words('greeting', 'en', 'hi hey hiya howdy greetings gm', 'good morning', 'good afternoon', 'good evening', 'how are you', 'how are you doing', 'how is it going', 'whats up', 'what s up'),
  ...words('thanks', 'fr', 'merci remercie', 'merci beaucoup', 'merci bien', 'mille mercis', 'je vous remercie', 'je te remercie', 'c est gentil', 'c est parfait', 'ca m a aide', 'ca m aide', 'c est clair'),
  ...words('thanks', 'en', 'thanks thank thx ty cheers', 'thank you', 'thanks a lot', 'much appreciated', 'appreciate it', 'i appreciate it', 'that helped', 'that helps', 'that s helpful', 'very helpful', 'super helpful', 'got it'),
  ...words('goodbye', 'fr', '', 'au revoir', 'a plus', 'a bientot', 'a demain', 'bonne journee', 'bonne soiree', 'bonne nuit'),
  ...words('goodbye', 'en', 'bye goodbye gn', 'bye bye', 'see you', 'see ya', 'good night', 'have a nice day', 'have a good day'),
  ...words('filler', 'fr', 'beaucoup toi vous te tous toutes encore bien genial parfait chere cher mon pour ta ton tes votre vos reponse reponses aide infos', 'a tous', 'tout le monde', 'pour tout', 'd accord'),
  ...words('filler', 'en', 'you everyone all guys folks friend dear again much great awesome perfect nice there for your answer answers help info', 'a lot', 'so much', 'very much', 'for everything'),
  // Vietnamese, folded (đ → d): "xin chào", "cảm ơn bạn nhé", "tạm biệt".
  ...words('greeting', 'vi', 'alo chao', 'xin chao', 'chao ban', 'chao bot', 'chao ca nha', 'chao moi nguoi', 'ban khoe khong', 'khoe khong'),
  ...words('thanks', 'vi', '', 'cam on', 'xin cam on', 'cam on ban', 'cam on nhieu', 'cam on rat nhieu'),
  ...words('goodbye', 'vi', '', 'tam biet', 'hen gap lai', 'chuc ngu ngon', 'ngu ngon', 'bai bai'),
  ...words('filler', 'vi', 'nhe nha nhieu lam oi a ban', 'ca nha', 'moi nguoi', 'rat nhieu'),
  // Said in both languages: the reader's language decides.
  ...words('greeting', undefined, 'hello yo'),
  ...words('goodbye', undefined, 'ciao'),
  ...words('filler', undefined, 'bot ok okay cool super top lol oh ah la le les the'),
];

function words(kind: Phrase[1], lang: Lang | undefined, single: string, ...multi: string[]): Phrase[] {
  return [...single.split(' '), ...multi].filter(Boolean).map((phrase) => [phrase, kind, lang] as const);
}

const BY_PHRASE = new Map(PHRASES.map(([phrase, kind, lang]) => [phrase, { kind, lang }] as const));
const LONGEST = Math.max(...PHRASES.map(([phrase]) => phrase.split(' ').length));

/** The small talk a message is made of, or undefined when any word is more than that. */
export function smallTalkOf(message: Reading): SmallTalk | undefined {
  const tokens = message.plainWords.split(' ').filter(Boolean);
  let kind: SmallTalkKind | undefined;
  const votes: Record<Lang, number> = { fr: 0, en: 0, vi: 0 };
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    for (let n = Math.min(LONGEST, tokens.length - i); n > 0 && matched === 0; n--) {
      const found = BY_PHRASE.get(tokens.slice(i, i + n).join(' '));
      if (!found) continue;
      matched = n;
      if (found.kind !== 'filler') kind ??= found.kind;
      if (found.lang) votes[found.lang] += 1;
    }
    if (matched === 0) return undefined;
    i += matched;
  }
  if (!kind) return undefined;
  const [first, second] = [...LANGS].sort((a, b) => votes[b] - votes[a]);
  return { kind, lang: first === undefined || (second !== undefined && votes[first] === votes[second]) ? undefined : first };
}
