// One question's text and what several steps read from it: folded, its plain
// words, its Vietnamese syllables joined, how Vietnamese it reads, and what a
// part above this folder works out from it (the states it names). Each is
// worked out on first use and kept with the question, which every step
// receives: no step reads the text again, and nothing outlives the question.
import { fold } from './fold.ts';
import { foldVietnamese, joinVietnameseCompounds, vietnameseEvidence } from './vietnamese.ts';

export class Reading {
  #folded: string | undefined;
  #plainWords: string | undefined;
  #vietnameseJoined: string | undefined;
  #vietnameseEvidence: number | undefined;
  readonly #derived = new Map<(reading: Reading) => unknown, unknown>();

  constructor(readonly text: string) {}

  /** Lowercase, no accents, plain apostrophes (see fold). */
  get folded(): string {
    return (this.#folded ??= fold(this.text));
  }

  /** Folded, and every run of characters other than letters and digits one space: what word patterns read. */
  get plainWords(): string {
    return (this.#plainWords ??= this.folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  }

  /** Folded as Vietnamese, its syllables joined into words ("công ước" → "conguoc"). */
  get vietnameseJoined(): string {
    return (this.#vietnameseJoined ??= joinVietnameseCompounds(foldVietnamese(this.text)));
  }

  /** How strongly the text reads as Vietnamese (see vietnameseEvidence). */
  get vietnameseEvidence(): number {
    return (this.#vietnameseEvidence ??= vietnameseEvidence(this.text, this.vietnameseJoined));
  }

  /** `read(this)`, worked out once for this text: for what a part above this folder reads of it. */
  derived<T>(read: (reading: Reading) => T): T {
    if (!this.#derived.has(read)) this.#derived.set(read, read(this));
    return this.#derived.get(read) as T;
  }
}
