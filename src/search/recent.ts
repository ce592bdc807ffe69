// Memories of recent outcomes. The index never changes under an engine (a
// reload builds a new one, with empty memories), so the same question always
// has the same outcome: a question asked again — the same words typed by
// another member, the same suggestion picked — costs a lookup instead of a
// search, and far less garbage to collect.
import { SearchEngine, type SearchOutcome, type SearchRequest } from './engine.ts';

/** Outcomes kept; each is a few hundred bytes. */
export const REMEMBERED = 500;

/** The most recent results of a pure function, by key; the least recently used goes first. */
export class Recent<V> {
  readonly #values = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string, compute: () => V): V {
    const known = this.#values.get(key);
    if (known !== undefined) {
      // Most recently used last, so the oldest is the first to go.
      this.#values.delete(key);
      this.#values.set(key, known);
      return known;
    }
    const value = compute();
    this.#values.set(key, value);
    if (this.#values.size > this.size) this.#values.delete(this.#values.keys().next().value as string);
    return value;
  }

  forget(): void {
    this.#values.clear();
  }
}

/**
 * The search engine with a memory for requests made with a question's text
 * (/quote's); /ask's pipeline remembers its own outcomes.
 */
export class RememberingSearchEngine extends SearchEngine {
  readonly #recent = new Recent<SearchOutcome>(REMEMBERED);

  override search(request: SearchRequest): SearchOutcome {
    const { query } = request;
    if (typeof query !== 'string' || request.only || request.asked || request.optional) return super.search(request);
    return this.#recent.get(`${request.kinds?.join(',') ?? '*'}\u0000${request.others ?? ''}\u0000${query}`, () => super.search(request));
  }

  /** Forgets every outcome (the benchmark times real searches with it). */
  forget(): void {
    this.#recent.forget();
  }
}
