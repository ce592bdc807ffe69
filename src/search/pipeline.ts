// What /ask does with a question, in order, each step a module of its own:
//   1. clean        mentions, markdown and links removed (clean.ts); chat spellings written out
//                   (chat-speak.ts); the words that frame a claim to check set aside (claim.ts)
//   2. small talk   greetings and thanks get a pointer to /help (small-talk.ts)
//   3. read         language, terms, transposed letters put right (engine.ts)
//   4. off topic    the time, the weather, sport, food, an atlas's facts, other treaties… declined (off-topic.ts)
//   5. asked type   when / until when / where / who / how many / said / why / which article; done or still
//                   possible; an ordinal: a signing position or a message (asked-type.ts)
//   6. structured   a message, a signing position, an article (by number or subject), a country, the list:
//                   answered from structured data (resolvers)
//   7. speaker      "what did Guterres say": only that speaker's words; someone the knowledge base does
//                   not quote gets no answer from another's words matching part of the question
//   8. search       ranked with the asked type first; declined when what matched is generic (engine.ts)
// The outcome keeps a short trace of what each step found, so a curator can
// see why an answer was chosen.
import type { Answer } from '../answer/reply.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { findCountries } from '../countries/find.ts';
import { COUNTRIES } from '../countries/names.ts';
import { Reading } from '../text/reading.ts';
import { askedPosition, askedType, type Asked } from './asked-type.ts';
import { writeOutChatSpeak } from './chat-speak.ts';
import { claimOf } from './claim.ts';
import { cleanQuestion } from './clean.ts';
import type { AnalyzedQuery, SearchEngine, SearchOutcome } from './engine.ts';
import { offTopicDomain } from './off-topic.ts';
import { smallTalkOf, type SmallTalkKind } from './small-talk.ts';
import { analyze } from './text.ts';
import { withinOneEdit } from './typos.ts';

export type Step = 'clean' | 'small-talk' | 'read' | 'off-topic' | 'asked' | 'structured' | 'speaker' | 'search';

export interface TraceStep {
  step: Step;
  note: string;
}

/** What the steps before the search learned about a question: what a structured resolver reads. */
export interface Question {
  /** The question with mentions, markdown and links removed, and what the steps read of its text. */
  reading: Reading;
  read: AnalyzedQuery;
  asked: Asked | undefined;
  /**
   * The terms of the words that ask for the kind of answer ("quote", "take place", "à quelle date"): the
   * question's form, not its subject.
   */
  formTerms: ReadonlySet<string>;
  /** The signing position an ordinal names ("5th" → 5). */
  position: number | undefined;
  /** Asked as a claim to check ("is it true that…"): its figures may be wrong, and are not required of the answer. */
  claim: boolean;
}

/** A structured answer: what was recognised, and the answer it gives in either language. */
export interface Resolved {
  /** The entry the answer states first (`signing-order`, `signatory-fr`, `article-16`). */
  entryId: string;
  /** What was recognised, for the trace ("position 10", "France"). */
  found: string;
  compose(lang: Lang): Answer;
}

/** Step 6: one kind of structured data (signatories, articles, the signing order) and how to read a question for it. */
export interface StructuredResolver {
  readonly name: string;
  resolve(question: Question): Resolved | undefined;
}

export type PipelineOutcome = {
  /** The question's language when its words tell; the reader's language decides otherwise. */
  lang: Lang | undefined;
  trace: readonly TraceStep[];
} & (
  | { route: 'small-talk'; talk: SmallTalkKind }
  | { route: 'off-topic'; domain: string }
  | { route: 'structured'; resolver: string; resolved: Resolved }
  | { route: 'search'; outcome: SearchOutcome }
);

/** A person whose words the knowledge base holds, and the entries that give them. */
interface Speaker {
  name: string;
  terms: ReadonlySet<string>;
  entries: ReadonlySet<string>;
}

/** The offices of people whose words a question may ask for. */
const OFFICES = new Set([
  ...analyze(
    'ambassador ambassadeur minister ministre president président spokesperson porte-parole delegate délégué delegation délégation representative représentant official officials secretary secrétaire director directeur directrice king roi queen reine chancellor chancelier',
    'any',
  ),
  ...analyze('đại sứ bộ trưởng thủ tướng tổng thống chủ tịch đại biểu phái đoàn người phát ngôn', 'vi'),
]);

/** Each name of a state (or the EU), as the index reads it: ["etatsunis", "unit", "stat"], ["ᵛhoaky"]… */
function stateNameTerms(code: string): string[][] {
  const country = COUNTRIES.get(code);
  if (!country) return [];
  return [...country.latin.map((name) => analyze(name, 'any')), ...country.vietnamese.map((name) => analyze(name, 'vi'))].filter((terms) => terms.length > 0);
}

/** A name shorter than this must be written exactly to be recognised. */
const MIN_FUZZY_NAME = 5;

export class QuestionPipeline {
  private readonly speakers: readonly Speaker[];

  constructor(
    kb: KnowledgeBase,
    private readonly engine: SearchEngine,
    private readonly resolvers: readonly StructuredResolver[] = [],
  ) {
    this.speakers = speakersOf(kb, engine);
  }

  run(raw: string): PipelineOutcome {
    const trace: TraceStep[] = [];
    const note = (step: Step, text: string) => trace.push({ step, note: text });

    const cleaned = writeOutChatSpeak(cleanQuestion(raw), (word) => this.engine.knowsWord(word));
    const claim = claimOf(cleaned.text);
    const reading = claim ? new Reading(claim.text) : cleaned;
    const { text } = reading;
    if (text !== raw.trim()) note('clean', `${JSON.stringify(text)}${claim ? ` (a claim to check: ${claim.frames.map((w) => `"${w}"`).join(', ')})` : ''}`);

    const talk = smallTalkOf(reading);
    if (talk) {
      note('small-talk', talk.kind);
      return { route: 'small-talk', talk: talk.kind, lang: talk.lang, trace };
    }

    const read = this.engine.analyze(reading, cleaned);
    note('read', [`${read.lang ?? 'language undecided'}`, `terms ${read.terms.join(' ') || '(none)'}`, ...read.corrections].join('; '));
    const { lang } = read;

    const domain = offTopicDomain(reading, read.terms);
    if (domain) {
      note('off-topic', domain);
      return { route: 'off-topic', domain, lang, trace };
    }

    const askedFor = askedType(reading);
    const question: Question = {
      reading,
      read,
      asked: askedFor,
      formTerms: new Set(analyze(askedFor?.form.join(' ') ?? '', 'any')),
      position: askedPosition(reading),
      claim: claim !== undefined,
    };
    if (question.asked || question.position) {
      note('asked', [question.asked && `${question.asked.type} (${question.asked.form.map((w) => `"${w}"`).join(', ')})`, question.position && `position ${question.position}`].filter(Boolean).join(', '));
    }

    for (const resolver of this.resolvers) {
      const resolved = resolver.resolve(question);
      if (resolved) {
        note('structured', `${resolver.name}: ${resolved.found} → ${resolved.entryId}`);
        return { route: 'structured', resolver: resolver.name, resolved, lang, trace };
      }
    }

    const asked = question.asked?.type;
    const speaker = asked === 'words' || asked === 'speech' ? this.speakerNamed(read.terms) : undefined;
    if (speaker) note('speaker', `${speaker.name}: ${speaker.entries.size} entries`);

    // The question's form is not its subject: an entry that matches its words ranks higher, one that does
    // not is not penalised.
    const optional = new Set(question.formTerms);
    if (question.claim) for (const term of read.terms) if (/^\d+$/.test(term)) optional.add(term);
    // Someone's words, when no one the knowledge base quotes is named ("what did the French minister say?"):
    // a report of another person's words matching part of the question is not an answer, nor one that
    // does not name the office or the state asked about ("what did the Russian ambassador say?", "Bộ
    // trưởng Pháp nói gì?").
    const anonymous = (asked === 'words' || asked === 'speech') && !speaker;
    const requires = anonymous ? this.officeAndStateOf(reading, read) : undefined;
    const outcome = this.engine.search({ query: read, asked, past: question.asked?.past, trustAsked: !anonymous, requires, only: speaker?.entries, optional });
    note(
      'search',
      outcome.status === 'answered'
        ? `${outcome.best.entry.id}${outcome.overview ? ' (overview)' : ` (coverage ${Math.round(outcome.best.coverage * 100)}%)`}`
        : `declined: ${outcome.reason}${outcome.nearest[0] ? ` (nearest ${outcome.nearest[0].entry.id}, coverage ${Math.round(outcome.nearest[0].coverage * 100)}%)` : ''}`,
    );
    return { route: 'search', outcome, lang, trace };
  }

  /**
   * What an answer about someone's words must name: the offices the question names (matched), and each
   * state it names (by any of that state's names, in any language: "Bộ trưởng Pháp", "the us state department").
   */
  private officeAndStateOf(question: Reading, { terms, names }: AnalyzedQuery): (entryId: string, matched: ReadonlySet<string>) => boolean {
    const offices = terms.filter((term) => OFFICES.has(term));
    const states = findCountries(question).map((country) => stateNameTerms(country.code));
    // Someone the knowledge base never names ("ông biden") said nothing it holds.
    const unknownName = terms.some((term) => names.has(term) && !this.engine.knows(term));
    return (entryId, matched) => {
      const indexed = this.engine.termsOf(entryId);
      return !unknownName && offices.every((term) => matched.has(term)) && states.every((names) => names.some((name) => name.every((term) => indexed.has(term))));
    };
  }

  /** The speaker a question names, exactly or with one typo ("guteres"). */
  private speakerNamed(terms: readonly string[]): Speaker | undefined {
    const names = (term: string, name: string) => term === name || (term.length >= MIN_FUZZY_NAME && name.length >= MIN_FUZZY_NAME && withinOneEdit(term, name));
    return this.speakers.find((speaker) => terms.some((term) => [...speaker.terms].some((name) => names(term, name))));
  }
}

/**
 * The speakers of the quotes, each with the entries that give their words:
 * their quotes, and entries reporting what they said that name them in full.
 * A message belongs to whoever the list of messages names.
 */
function speakersOf(kb: KnowledgeBase, engine: SearchEngine): Speaker[] {
  const names = [...new Set(kb.quotes.map((quote) => quote.speaker))];
  const messages = engine.termsOf(kb.messages.id);
  return names.map((name) => {
    const terms = new Set(analyze(name, 'any'));
    const namedIn = (id: string) => [...terms].every((term) => engine.termsOf(id).has(term));
    const entries = [...kb.entries.values()].filter(
      (entry) =>
        (entry.kind === 'quote' && entry.speaker === name) ||
        (engine.answerTypesOf(entry.id).has('words') && (entry.kind === 'message' ? [...terms].every((t) => messages.has(t)) : namedIn(entry.id))),
    );
    return { name, terms, entries: new Set(entries.map((entry) => entry.id)) };
  });
}
