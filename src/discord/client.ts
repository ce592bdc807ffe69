// The discord.js client as this bot uses it: the Guilds intent only (no
// privileged intents), mentions locked down for every message, and caches
// reduced to what the bot reads — guilds, channels, roles and its own member
// (for the briefing's permission checks).
import { Client, GatewayIntentBits, Options, type ClientOptions } from 'discord.js';

export interface ClientSettings {
  /** REST base: Discord itself, a REST proxy, or the fake Discord in tests. */
  apiUrl: string;
  /** Test-only adjustments (rate-limit and identify throttles). */
  overrides?: Partial<ClientOptions>;
}

export function createDiscordClient({ apiUrl, overrides = {} }: ClientSettings): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      ApplicationCommandManager: 0,
      ApplicationEmojiManager: 0,
      AutoModerationRuleManager: 0,
      BaseGuildEmojiManager: 0,
      DMMessageManager: 0,
      EntitlementManager: 0,
      GuildBanManager: 0,
      GuildEmojiManager: 0,
      GuildForumThreadManager: 0,
      GuildInviteManager: 0,
      GuildMessageManager: 0,
      GuildScheduledEventManager: 0,
      GuildStickerManager: 0,
      GuildTextThreadManager: 0,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      StageInstanceManager: 0,
      ThreadManager: 0,
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
    ...overrides,
    rest: { ...overrides.rest, api: apiUrl },
  });
}
