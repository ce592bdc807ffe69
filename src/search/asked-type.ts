// Step 4 of understanding a question: what kind of answer it asks for. "When"
// wants a date, "until when" a deadline, "where" a place, "who" a person, "how
// many" a number, "what did X say" someone's words, "why" a reason, "which
// article" an article. Entries that give that kind of answer rank first
// (answer-types.ts says which entries give which), except that what was done
// ("where was it signed?") is not answered by what can still be done. Also the
// signing position an ordinal asks for ("who signed 5th?", "en dixième
// position"), and the message one counts ("the third message").
import type { Reading } from '../text/reading.ts';
import { LAST, vietnameseOrdinal, vietnameseOrdinalOf, vietnameseQuestionKinds, type VietnameseQuestionKind } from '../text/vietnamese.ts';

export { LAST } from '../text/vietnamese.ts';

/** Vietnamese question words ("ai", "nào") fold into French and English letters: they are read only in a Vietnamese question. */
const isVietnamese = (question: Reading) => question.vietnameseEvidence >= 2;

/**
 * The kinds of answer: what an entry gives (answer-types.ts) and what a
 * question asks for. `words` is what someone said, `quote` its verbatim form;
 * `speech` asks for a speech or remarks, which any report of them answers;
 * `duration` is how long something lasted ("two days", "420 hours"), which
 * a count of anything else does not answer, nor it "how many states".
 */
export const ANSWER_TYPES = ['deadline', 'date', 'place', 'person', 'number', 'duration', 'words', 'quote', 'speech', 'reason', 'article'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

// Read for every hit the search ranks: one list per kind, not a new one per call.
const SATISFIED_BY: Readonly<Record<AnswerType, readonly AnswerType[]>> = {
  deadline: ['deadline'],
  date: ['date'],
  place: ['place'],
  person: ['person'],
  number: ['number'],
  duration: ['duration', 'number'],
  words: ['quote', 'words'],
  quote: ['quote'],
  speech: ['words'],
  reason: ['reason'],
  article: ['article'],
};

/** The kinds of answer an entry may give that satisfy what a question asks for, most direct first. */
export function satisfiedBy(asked: AnswerType): readonly AnswerType[] {
  return SATISFIED_BY[asked];
}

/**
 * Tried in this order, first match wins: "until when" before "when", "which
 * article" before "says", "what did X say" and "why" before "when" or "who"
 * ("why did… say", "who said").
 * Matched on folded text whose non-word characters are single spaces.
 */
const ASKED: ReadonlyArray<readonly [AnswerType, RegExp]> = [
  [
    'deadline',
    /\b(?:until|till) (?:when|what date|which date)\b|\bjusqu (?:a|au) (?:quand|quelle date|combien)\b|\bdeadline\b|\bdate limite\b|\bdelai\b|\bby when\b|\bhow long\b.*\b(?:open|sign)|\bcombien de temps\b.*\b(?:ouverte|sign)|\blast day\b|\bdernier jour\b|\bstill (?:\w+ )?(?:sign|open)|\b(?:encore|toujours) (?:\w+ ){0,2}(?:signer|ouverte?)\b|(?<=\b(?:when (?:does|do|will|is|are)|quand)\b.*)\b(?:end|ends|close|closes|expire|expires|finish|finishes|termine|terminera|finit|finira|expirera|ferme|fermera|cloture|cloturera|prend fin|prendra fin)\b(?<=\bsign\w*\b.*|(?=.*\bsign\w*\b))/,
  ],
  // "Quel article parle de…", "which chapter says…": the Convention's text, not someone's words; so do "where does it talk
  // about…", "is there anything on…", "does it say anything about…", "y a-t-il quelque chose sur…", "dit-elle quelque
  // chose sur…", which ask where the text deals with a subject.
  [
    'article',
    /\b(?:which|what|quel|quels|quelle|quelles) (?:article|articles|chapter|chapters|chapitre|chapitres)\b|\barticle number\b|\bnumero d article\b|\bwhere (?:does|do|is) (?:it|the (?:treaty|convention|text)) (?:talk|speak|say|mention|cover|deal)\w*\b|\bis there (?:an? )?(?:article|provision|section|anything|something) (?:on|about|covering)\b|\b(?:y a|ya|y a t il|il y a) (?:un article|une disposition|quelque chose|qqch|un passage) (?:sur|concernant)\b|\b(?:does|do|did) (?:it|the (?:treaty|convention|text)) (?:say|mention|cover|have|include|contain)\w* (?:anything|something) (?:on|about|regarding|covering)\b|\b(?:dit|prevoit|contient|mentionne)(?:(?: t)? (?:il|elle))? (?:quelque chose|qqch|rien) (?:sur|concernant|a propos)\b/,
  ],
  [
    'words',
    /\b(?:say|says|said|saying|quote|quotes|quoted)\b|\b(?:his|her|their) words\b|\bwords (?:of|on|about)\b|\b(?:a|ont|avait|t il|t elle) (?:dit|declare|affirme|parle|cite|raconte)\b|\bdit quoi\b|\ben pens\w* quoi\b|\bqu en pens\w*\b|\bque pens\w*\b|\b(?:does|did|do) (?:\w+ ){1,3}think\b|\bcitations?\b|\bpropos\b|\bparoles\b|\bparle (?:de|des|du)\b/,
  ],
  // Free speech is a freedom, not a speech.
  ['speech', /(?<!\bfree |\bfreedom of )\b(?:speech|speeches|remarks|statement|statements|address)\b|\bdiscours\b|\ballocution\b|\bprise de parole\b/],
  ['reason', /\bwhy\b|\bpourquoi\b|\bfor what reason\b|\bpour quelle raison\b|\bhow come\b|\b(?:the|la) raison\b|\bthe reason\b/],
  [
    'date',
    /\bwhen\b|\bquand\b|\b(?:what|which) (?:date|day|year|month)\b|\bquel(?:le)? (?:date|jour|annee|mois)\b|\bdate (?:of|d|de|du)\b|\ben quelle annee\b|\bsince when\b|\bdepuis quand\b/,
  ],
  [
    'place',
    /\bwhere\b|^ou\b|\bd ou\b|\bwhich (?:city|place|venue|building)\b|\bin which (?:city|place)\b|\bquel(?:le)? (?:ville|lieu|endroit|batiment|salle)\b|\bdans quelle ville\b/,
  ],
  [
    'duration',
    // The unit is the question's subject ("combien d'années de prison"), not its form: only "how many" is.
    /\bhow (?:many|much)(?= (?:days|hours|weeks|months|years|time)\b)|\bhow long\b|\bcombien(?= (?:de |d )(?:jours|heures|semaines|mois|ans|annees|temps)\b)/,
  ],
  ['number', /\bhow (?:many|much)\b|\bcombien\b|\bnumber of\b|\bnombre (?:de|d)\b/],
  [
    'person',
    /^who\b|\bwho (?:is|was|were|are|signed|chaired|led|leads|gave|ran|wrote|attended|represented|presided|heads)\b|\bwhom\b|^qui\b|\bc est qui\b|\bqui (?:est|etait|a|ont|preside|presidait|dirige|dirigeait|representait)\b|\bpar qui\b|\bwhich (?:person|minister|official|leader|ambassador)\b|\bquel(?:le)? (?:personne|ministre|responsable|dirigeant|ambassadeur)\b/,
  ],
];

export interface Asked {
  type: AnswerType;
  /**
   * The words that ask it ("until when", "quote") and the verbs that only
   * frame an event ("take place", "held", "a eu lieu"): the question's form,
   * not its subject.
   */
  form: string[];
  /**
   * Asked of something done ("where was it signed?", "où a-t-elle été signée ?"), not of what
   * can still be done ("where can states sign?"): a deadline is not the answer.
   */
  past?: true;
}

/** "What does article 16 say", "que dit la convention", "la convention parle des…": what a text provides, not someone's words. */
const TEXT_SAYS =
  /\b(?:article|articles|chapter|chapitre|convention|treaty|traite|text|texte)\b(?: \w+){0,4} (?:say|says|parle|parlent|dit)\b|\bque dit (?:l|la|le) (?:article|convention|traite|texte|chapitre)\b/;
/** "Công ước nói gì về…", "điều 16 nói gì": the text's provisions, not someone's words. */
const VIETNAMESE_TEXT_SAYS = /\b(?:cong uoc|hiep uoc|van ban|van kien|dieu|chuong)\b(?: \w+){0,3} (?:noi|de cap|quy dinh)\b/;

/** Verbs that say an event happened, or where a thing is, whatever it was: part of a when/where question's form. */
const EVENT_VERBS =
  /\b(?:is|was) located\b|\bse (?:trouve|trouvait|situe|situait)\b|\b(?:take|took|taken|taking) place\b|\b(?:was|were|be|been|is|are) held\b|\bhappen(?:ed|s)?\b|\boccur(?:red|s)?\b|\b(?:a|aura|ont|avoir|eu) (?:eu )?lieu\b|\b(?:s est|se sont|s etait|s etaient) (?:tenue?s?|deroulee?s?|passee?s?)\b|\bse (?:tient|tiennent|tenait|deroule|deroulent|deroulait|passe|passent|passait)\b/g;

/** What each Vietnamese question phrase asks for (vietnamese.ts reads the phrases). */
const VIETNAMESE_ASKED: Readonly<Partial<Record<VietnameseQuestionKind, AnswerType>>> = {
  until: 'deadline',
  when: 'date',
  where: 'place',
  who: 'person',
  'how-many': 'number',
  why: 'reason',
  said: 'words',
};

/** A Vietnamese question's asked type: its question phrases, or "điều/chương nào" (which article), or a speech named. */
function vietnameseAsked(question: Reading): Asked | undefined {
  const joined = question.plainWords;
  if (/\b(?:dieu|chuong) (?:nao|may|so may)\b/.test(joined)) return { type: 'article', form: [] };
  // A deadline named anywhere ("khi nào hết hạn") asks until when, before any "when".
  const kinds = vietnameseQuestionKinds(question).sort((a, b) => Number(b === 'until') - Number(a === 'until'));
  // How long: "mấy ngày", "bao nhiêu giờ", "bao lâu" (not "tháng mấy năm 2024", which month of a year).
  if (kinds[0] !== 'until' && /\b(?:may|bao nhieu) (?:ngay|gio|tuan|thang|nam)\b(?! \d)|\bbao lau\b/.test(joined)) return { type: 'duration', form: [] };
  const textSays = VIETNAMESE_TEXT_SAYS.test(joined);
  for (const kind of kinds) {
    const type = VIETNAMESE_ASKED[kind];
    if (type === 'words' && textSays) continue;
    if (type) return { type, form: [] };
  }
  if (/\bphat bieu\b|\bdien van\b/.test(joined)) return { type: 'speech', form: [] };
  return undefined;
}

/** The kind of answer a question asks for, if its wording says. */
export function askedType(question: Reading): Asked | undefined {
  const words = question.plainWords;
  if (isVietnamese(question)) {
    const asked = vietnameseAsked(question);
    return asked && withTense(asked, words);
  }
  // "où" loses its accent when folded and becomes "ou" (or): only the accented form, or a first word, says "where".
  const events = words.match(EVENT_VERBS) ?? [];
  if (/(?<!\p{L})où(?!\p{L})/iu.test(question.text)) return withTense({ type: 'place', form: ['où', ...events] }, words);
  const textSays = TEXT_SAYS.test(words);
  for (const [type, pattern] of ASKED) {
    if (type === 'words' && textSays) continue;
    const cue = pattern.exec(words)?.[0];
    if (cue !== undefined) return withTense({ type, form: [cue, ...events] }, words);
  }
  return undefined;
}

/** A verb in a past tense: "was", "did", "-ed"; "a été", "ont signé", "c'était"; "đã". */
const PAST = /\b(?:was|were|did|had|[a-z]{3,}ed|ete|eu|etait|etaient|avait|avaient|fut|da)\b|\b(?:a|ont) (?:t (?:il|elle|ils|elles) )?[a-z]+(?:e|es|ee|ees|i|is|u|us)\b/;
/** What is possible now or later: "can", "still", "now"; "peut", "encore"; "còn", "có thể". */
const NOW_OR_LATER = /\b(?:can|could|may|might|still|now|currently|today|will|peut|peuvent|pourra|pourront|encore|toujours|maintenant|actuellement|aujourd|con|van|hien nay|bay gio|co the)\b/;

function withTense(asked: Asked, words: string): Asked {
  return PAST.test(words) && !NOW_OR_LATER.test(words) ? { ...asked, past: true } : asked;
}

const ENGLISH_ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(' ');
const FRENCH_ORDINALS = 'premier deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme onzieme douzieme treizieme quatorzieme quinzieme seizieme dix-septieme dix-huitieme dix-neuvieme vingtieme'.split(' ');

const POSITION_BY_WORD = new Map<string, number>([
  ...ENGLISH_ORDINALS.map((word, i) => [word, i + 1] as const),
  ...FRENCH_ORDINALS.map((word, i) => [word.replace('-', ' '), i + 1] as const),
  ['premiere', 1],
  ['seconde', 2],
]);

/** "5th", "2nd", "10e", "2ème", "1er", "1re"; "position 5", "rang 5", "number 5", "n° 5", "#5". */
const NUMERIC_ORDINAL = /(?<![\p{L}\p{N}])(\d{1,3}) ?(?:st|nd|rd|th|e|er|re|ere|eme|ieme)(?![\p{L}\p{N}])|(?:position|rang|rank|number|numero|no|n°|#) ?(\d{1,3})(?![\p{L}\p{N}])/u;
const WORD_ORDINAL = new RegExp(`\\b(${[...POSITION_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`);
/** "The first day", "the second message": an ordinal that counts something other than signers. */
const COUNTS_SOMETHING_ELSE = /^ (?:day|days|jour|jours|journee|week|semaine|meeting|reunion|session|round|cycle|message|article|chapter|chapitre|time|fois|treaty|traite|text|texte|instrument|protocol|protocole)\b/;

/** The signing position an ordinal in a question names, if any. */
export function askedPosition(question: Reading): number | undefined {
  if (isVietnamese(question)) return vietnameseOrdinal(question);
  const { folded } = question;
  const numeric = NUMERIC_ORDINAL.exec(folded);
  const words = question.plainWords;
  const word = WORD_ORDINAL.exec(words);
  const [position, after] = numeric
    ? [Number(numeric[1] ?? numeric[2]), folded.slice(numeric.index + numeric[0].length)]
    : word
      ? [POSITION_BY_WORD.get(word[1] as string) as number, words.slice(word.index + word[0].length)]
      : [undefined, ''];
  if (position === undefined || position < 1) return undefined;
  return COUNTS_SOMETHING_ELSE.test(` ${after.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`) ? undefined : position;
}

const LAST_WORDS = 'last|final|dernier|derniere';
const MESSAGE_ORDINAL = new RegExp(
  `\\b(?:(${[...POSITION_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|')}|${LAST_WORDS})|(\\d{1,2}) ?(?:st|nd|rd|th|e|er|re|ere|eme|ieme)) messages?\\b|\\bmessages? (?:number |numero |no |n )?(\\d{1,2})\\b`,
);

/**
 * Which of President Luong Cuong's messages a question asks for, when it
 * counts them: "the third message", "2e message", "message 3", "thông điệp
 * thứ ba" → its number; "the last message" → LAST.
 */
export function askedMessage(question: Reading): number | undefined {
  if (isVietnamese(question)) return vietnameseOrdinalOf(question, 'thongdiep');
  const match = MESSAGE_ORDINAL.exec(question.plainWords);
  if (!match) return undefined;
  const [, word, numeric, after] = match;
  if (word !== undefined) return new RegExp(`^(?:${LAST_WORDS})$`).test(word) ? LAST : POSITION_BY_WORD.get(word);
  return Number(numeric ?? after);
}
