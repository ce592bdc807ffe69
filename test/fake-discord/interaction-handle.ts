import type { APIInteraction, APIMessage } from 'discord-api-types/v10';
import type { InteractionRecord, InteractionStore, RecordedCallback } from './interactions.ts';
import type { Signal } from './signal.ts';

/** What a test holds after `sendInteraction`: the bot's responses to one interaction, as they arrive. */
export class InteractionHandle {
  constructor(
    private readonly record: InteractionRecord,
    private readonly store: InteractionStore,
    private readonly signal: Signal,
  ) {}

  get id(): string {
    return this.record.payload.id;
  }

  get token(): string {
    return this.record.payload.token;
  }

  get payload(): APIInteraction {
    return this.record.payload;
  }

  get callback(): RecordedCallback | undefined {
    return this.record.callback;
  }

  get original(): APIMessage | undefined {
    return this.record.original;
  }

  get followups(): readonly APIMessage[] {
    return this.record.followups;
  }

  waitForCallback(timeoutMs = 3000): Promise<RecordedCallback> {
    return this.signal.waitFor(() => this.record.callback, timeoutMs, `the callback to interaction ${this.id}`);
  }

  /** Resolves with the reply's final form: immediately for a reply or update, after the first edit for a deferral. */
  waitForOriginal(timeoutMs = 5000): Promise<APIMessage> {
    return this.signal.waitFor(
      () => (this.record.originalSettled ? this.record.original : undefined),
      timeoutMs,
      `the final original response to interaction ${this.id}`,
    );
  }

  waitForFollowups(count = 1, timeoutMs = 5000): Promise<readonly APIMessage[]> {
    return this.signal.waitFor(
      () => this.record.followups.length >= count && this.record.followups,
      timeoutMs,
      `${count} follow-up(s) to interaction ${this.id}`,
    );
  }

  /** From now on the callback gets 10062 Unknown interaction and webhook calls 50027 Invalid Webhook Token. */
  expire(): void {
    this.store.expire(this.id);
  }
}
