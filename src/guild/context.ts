// What the bot knows about the server a command came from: shared by the
// command handlers, the briefing's wording and the Discord adapter that
// answers these questions from its gateway cache.
/** What the bot can tell about a channel before posting there. */
export type ChannelCheck = 'ok' | 'unknown' | 'not-text' | 'cannot-view' | 'cannot-send' | 'cannot-embed';

/** The server a command was used in, when it was used in one (not in the console or CLI). */
export interface GuildContext {
  readonly id: string;
  /**
   * Whether the server added the bot. A user who installed the app for
   * themselves can call it in any server; there the bot is not a member and
   * can neither see nor post in its channels.
   */
  readonly botInstalled: boolean;
  /** Whether the member holds Manage Server, checked at run time on top of Discord's own gate. */
  readonly memberCanManage: boolean;
  checkChannel(channelId: string): ChannelCheck;
}
