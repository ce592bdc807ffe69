/** A probe result counts as "not yet" only when it is one of these. */
type Pending = undefined | null | false;

/** Polls as a fallback, because probes may also read state outside the fake (e.g. the client's cache). */
const POLL_MS = 25;

/**
 * Wakes waiters whenever the fake's state changes, so tests await outcomes
 * instead of sleeping for guessed durations.
 */
export class Signal {
  readonly #listeners = new Set<() => void>();

  notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  waitFor<T>(probe: () => T, timeoutMs: number, what: string): Promise<Exclude<T, Pending>> {
    return new Promise((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        clearInterval(poll);
        this.#listeners.delete(check);
      };
      const check = (): void => {
        let value: T;
        try {
          value = probe();
        } catch (error) {
          finish();
          reject(error);
          return;
        }
        if (value !== undefined && value !== null && value !== false) {
          finish();
          resolve(value as Exclude<T, Pending>);
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const poll = setInterval(check, POLL_MS);
      this.#listeners.add(check);
      check();
    });
  }
}
