// Structured answer: a question about one state's signature or ratification
// ("Did France sign?", "la Russie a-t-elle ratifié ?", "Is the UK a
// signatory?", "when did Fiji sign?"), or a state named alone ("et la
// France ?"), gets what the sources say of that state
// (src/signatories): signed, reported, reported as not signing, or not named.
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { AnswerType } from '../search/asked-type.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { StructuredResolver } from '../search/pipeline.ts';
import { Reading } from '../text/reading.ts';
import { findCountries, findNationalities, signatoryAnswer, signatoryId } from '../signatories/index.ts';
import { ORDER, REPRESENTATIVES, SETTING, STATUS, isOneOf, otherSubjects } from './status-words.ts';

/**
 * What a status question may ask besides yes or no: when, where, why (the
 * answer gives what the sources say of it). "Who signed for Viet Nam", "how
 * many", "what did Viet Nam say" ask something else, which the search answers.
 */
const STATUS_ASKS: ReadonlySet<AnswerType | undefined> = new Set([undefined, 'date', 'place', 'reason']);

/** The most terms a state's name alone reads as ("United Arab Emirates": unit arab emir…). */
const MAX_NAME_TERMS = 4;

export function signatoryResolver(kb: KnowledgeBase, engine: SearchEngine): StructuredResolver {
  return {
    name: 'signatory',
    resolve({ reading, read, asked, formTerms, position }) {
      if (position !== undefined || !STATUS_ASKS.has(asked?.type) || ORDER.test(reading.plainWords)) return undefined;
      // A state named alone, or with words that only frame it ("et la France ?", "what about the Emiratis",
      // "còn Nhật Bản thì sao"), asks what the bot knows of that state: its status.
      const asksStatus = read.terms.some((term) => isOneOf(STATUS, term));
      if (!asksStatus && (asked !== undefined || read.terms.length > MAX_NAME_TERMS)) return undefined;
      const named = findCountries(reading);
      // A state named by its people or its adjective ("did the Japanese sign?", "le ministre japonais").
      const countries = named.length > 0 ? named : findNationalities(reading.text);
      const [country] = countries;
      if (!country || countries.length > 1) return undefined;
      // The rest must be about that status, not something else the state did ("le Vietnam appelle à ratifier");
      // who signed for it is the state ("le ministre japonais a-t-il signé ?").
      const rest = engine.readTerms(new Reading(reading.text.replace(country.text, ' '))).terms;
      if (!asksStatus && rest.length > 0) return undefined;
      // The words that ask when, where or why ("à quelle date", "quel jour") are the question's form, not another subject.
      if (otherSubjects(engine, rest, STATUS, SETTING, REPRESENTATIVES, formTerms).length > 0) return undefined;
      return {
        entryId: signatoryId(country.code),
        found: `${country.text} (${country.code})`,
        compose: (lang) => {
          const answer = signatoryAnswer(kb, country.code, lang);
          // findCountries names only countries the knowledge base has an entry for.
          if (!answer) throw new Error(`no signatory entry for ${country.code}`);
          return answer;
        },
      };
    },
  };
}
