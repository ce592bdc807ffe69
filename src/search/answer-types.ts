// Which kinds of answer each entry gives (asked-type.ts says which kind a
// question asks for). Read from the entry itself, so a new entry needs no
// annotation: its kind (a quote gives someone's words) and what its English
// text states (a date, a place, a count, a reason…).
import type { Translation } from '../knowledge/schema.ts';
import type { Entry } from '../knowledge/types.ts';
import type { AnswerType } from './asked-type.ts';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** What an entry's English text must contain to give each kind of answer. */
const STATES: ReadonlyArray<readonly [AnswerType, RegExp]> = [
  ['deadline', /\buntil\b|\bdeadline\b|\bno later than\b/],
  // A day, a month, a year, or a time rule ("the 90th day after…").
  ['date', new RegExp(`\\b\\d{1,2}(?:[–-]\\d{1,2}| and \\d{1,2})? ${MONTH}\\b|\\b${MONTH} \\d{4}\\b|\\b(?:19|20)\\d{2}\\b|\\bday after\\b`)],
  // Where something was held or is found: a venue, or "at" a named place ("in Hanoi", said of nearly everything here, is not enough).
  ['place', /\b(?:held|took place|venue|located|hosted|Centre|Center|Headquarters)\b|\bat (?:the )?\p{Lu}\p{Ll}+/u],
  // Someone who acted: an office holder, or the people and groups a "who" asks about ("who criticised it?").
  ['person', /\b(?:President|Secretary-General|Minister|Vice-Minister|Ambassador|Director|Prime Minister|General Secretary|spokesperson|chaired|defenders|activists|critics|NGOs?|civil-society|civil society)\b/],
  // Someone's words reported: a reporting verb, or a view framed as theirs ("According to UNODC", "For Dang Hoang Giang,").
  ['words', /\b(?:said|says|stated|stressed|affirmed|declared|(?<!also )called|calls|describes|described|warned|urged|spoke|sees|remarks|speech|quoted)\b|\b[Aa]ccording to (?!the\b)\p{Lu}|(?:^|\. )For [^,]+,/u],
  ['reason', /\b(?:because|since|so that|so as to|in order to|reasons?|citing|recognition|means|why)\b/],
  ['article', /\bArticles? \d+/],
];

/** Figures that are not counts: dates, years, document numbers (79/243), articles, ordinals. */
const NOT_A_COUNT = new RegExp(`\\b\\d{1,2}(?:[–-]\\d{1,2}| and \\d{1,2})? ${MONTH}(?: \\d{4})?\\b|\\b${MONTH} \\d{4}\\b|\\b(?:19|20)\\d{2}\\b|[\\w.]*\\d+/[\\w./]+|\\bArticles? \\d+(?:\\(\\d+\\))?|\\b\\d+(?:st|nd|rd|th)\\b`, 'g');
/** How long something lasted: a count of days, hours… ("for two days", "over 420 hours", "four years' imprisonment"). */
const DURATION = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred) (?:days?|hours?|weeks?|months?|years?)\b/;
const DURATIONS = new RegExp(DURATION.source, 'g');
const COUNT = /\d|\b(?:count|number|figure|total|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen)\b/;

/** A translation's words, ours or a source's. */
const englishWords = (translation: Translation | undefined) => (typeof translation === 'string' ? translation : (translation?.text ?? ''));

function englishText(entry: Entry): string {
  switch (entry.kind) {
    case 'fact':
    case 'message':
      return `${entry.title.en}. ${entry.en}`;
    case 'quote':
      return `${entry.occasion.en}. ${entry.language === 'en' ? entry.text : englishWords(entry.translations.en)}`;
    case 'messages':
    case 'signing':
      return `${entry.title.en}. ${entry.intro.en}`;
    case 'article':
    case 'chapter':
    case 'signatory':
    case 'signatories':
      return '';
  }
}

/** What each kind of entry gives whatever its text says. */
function byKind(entry: Entry): AnswerType[] {
  switch (entry.kind) {
    case 'quote':
      return ['quote', 'words', 'person'];
    case 'message':
    case 'messages':
      return ['words'];
    case 'signing':
      return ['person'];
    case 'article':
    case 'chapter':
      return ['article'];
    case 'fact':
    case 'signatory':
    case 'signatories':
      return [];
  }
}

/** Words in quotation marks are a title or someone's words, not what the entry states ("…in Electronic Form…"). */
const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»/g;

export function answerTypesOf(entry: Entry): ReadonlySet<AnswerType> {
  const text = englishText(entry).replace(QUOTED, '""');
  const types = new Set(byKind(entry));
  for (const [type, pattern] of STATES) if (pattern.test(text)) types.add(type);
  const figures = text.replace(NOT_A_COUNT, ' ');
  if (DURATION.test(figures)) types.add('duration');
  // A duration alone does not answer "how many" of anything else ("signatures on 25 October, how many?" is not "two days").
  if (COUNT.test(figures.replace(DURATIONS, ' '))) types.add('number');
  return types;
}
