// Structured answer: "what was the third message?", "le premier message du
// président", "thông điệp thứ hai là gì?" ask for one of President Luong
// Cuong's messages by its place in the list: that message, or, past the last
// one, the list (which says how many there are).
import { composeAnswer } from '../answer/compose.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { askedMessage, LAST } from '../search/asked-type.ts';
import type { SearchEngine } from '../search/engine.ts';
import type { StructuredResolver } from '../search/pipeline.ts';
import { analyze } from '../search/text.ts';
import { otherSubjects } from './status-words.ts';

/** The words of an ordinal, which the question's terms keep ("troisième", "thứ ba"). */
const ORDINAL_WORDS = new Set([
  ...analyze('first second third fourth fifth last final premier première deuxième second seconde troisième quatrième cinquième dernier dernière', 'any'),
  ...analyze('thứ nhất hai ba tư năm đầu tiên cuối cùng', 'vi'),
]);

export function messageResolver(kb: KnowledgeBase, engine: SearchEngine): StructuredResolver {
  // What the list of messages is found by (the President, his speech, "message"), and the words of an ordinal.
  const expected = new Set([...engine.termsOf(kb.messages.id), ...ORDINAL_WORDS]);
  return {
    name: 'message',
    resolve({ reading, read }) {
      const number = askedMessage(reading);
      if (number === undefined) return undefined;
      // "Guterres's first message": someone else's words.
      if (otherSubjects(engine, read.terms.filter((term) => !/^\d/.test(term)), expected).length > 0) return undefined;
      const { messages } = kb.messages;
      const message = number === LAST ? messages.at(-1) : messages.find((m) => m.order === number);
      const entry = (message && kb.entries.get(message.id)) ?? kb.messages;
      return { entryId: entry.id, found: number === LAST ? 'the last message' : `message ${number}`, compose: (lang) => composeAnswer(kb, entry, lang) };
    },
  };
}
