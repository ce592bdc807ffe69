// Starts tasks no faster than a given rate, in the order they were queued.
// Discord allows 50 requests per second per bot; briefings are paced just
// under that, so a thousand servers due at once are posted in about the time
// the limit allows, without a 429 and without delaying interaction replies
// (which Discord does not count against that limit).
export class Pacer {
  private readonly queue: Array<() => Promise<void>> = [];
  private readonly intervalMs: number;
  private nextStart = 0;
  /** Set synchronously, so a push right after a drain finished starts a new one. */
  private draining = false;
  private drained: Promise<void> = Promise.resolve();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(ratePerSecond: number) {
    this.intervalMs = 1000 / ratePerSecond;
  }

  get pending(): number {
    return this.queue.length + this.inFlight.size;
  }

  push(task: () => Promise<void>): void {
    this.queue.push(task);
    if (this.draining) return;
    this.draining = true;
    this.drained = this.drain();
  }

  /** Resolves when every queued task has started and finished. */
  async idle(): Promise<void> {
    while (this.draining || this.inFlight.size > 0) {
      await this.drained;
      await Promise.all([...this.inFlight]);
    }
  }

  /** Drops tasks not yet started (shutdown); started ones finish. */
  clear(): void {
    this.queue.length = 0;
  }

  private async drain(): Promise<void> {
    try {
      for (let task = this.queue.shift(); task; task = this.queue.shift()) {
        const wait = this.nextStart - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        this.nextStart = Math.max(Date.now(), this.nextStart) + this.intervalMs;
        const running = task().finally(() => this.inFlight.delete(running));
        this.inFlight.add(running);
      }
    } finally {
      this.draining = false;
    }
  }
}
