// What the briefing needs from a chat platform: post a message idempotently.
// The Discord adapter implements it; tests can too.
import type { Answer } from '../answer/reply.ts';

export type PostFailure =
  /** 403: the bot may not see or post in the channel. */
  | 'forbidden'
  /** 404: the channel is gone. */
  | 'not-found'
  /** 5xx, timeouts, dropped connections: worth another try. */
  | 'transient';

export class PostError extends Error {
  override name = 'PostError';
  constructor(
    readonly failure: PostFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface BriefingPoster {
  /**
   * Posts `reply` in `channelId` and resolves with the message id. The same
   * `nonce` never creates a second message; failures throw a PostError.
   */
  post(channelId: string, reply: Answer, nonce: string): Promise<string>;
}
