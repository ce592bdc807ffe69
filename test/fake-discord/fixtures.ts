import {
  ApplicationFlags,
  ChannelType,
  GatewayIntentBits,
  OverwriteType,
  PermissionFlagsBits,
  RoleFlags,
} from 'discord-api-types/v10';
import type {
  APIGuildCategoryChannel,
  APIGuildMember,
  APIGuildVoiceChannel,
  APIOverwrite,
  APIRole,
  APITextChannel,
  APIUser,
  GuildMemberFlags,
  Locale,
} from 'discord-api-types/v10';
import { randomBytes } from 'node:crypto';
import { snowflake } from './snowflake.ts';

export type LocaleString = `${Locale}`;

export type PrivilegedIntent = 'GuildMembers' | 'GuildPresences' | 'MessageContent';

/** Names a role (by name, id, or `@everyone`) or a member (by user id). */
export interface OverwriteFixture {
  role?: string;
  member?: string;
  allow?: bigint;
  deny?: bigint;
}

export interface ChannelFixture {
  id?: string;
  name: string;
  type?: 'text' | 'voice' | 'category';
  /** Name or id of a category channel in the same guild. */
  parent?: string;
  topic?: string;
  overwrites?: OverwriteFixture[];
}

export interface RoleFixture {
  id?: string;
  name: string;
  permissions: bigint;
  /** The bot's own managed role: the bot member holds it. */
  bot?: boolean;
}

export interface GuildFixture {
  id?: string;
  name?: string;
  preferredLocale?: LocaleString;
  ownerId?: string;
  everyonePermissions?: bigint;
  roles?: RoleFixture[];
  channels?: ChannelFixture[];
  /**
   * False for a server the bot was never added to: the gateway never tells the
   * bot about it, REST answers Missing Access, and only users who installed the
   * app for themselves can use its commands there.
   */
  botIsMember?: boolean;
}

export interface WorldOptions {
  applicationId?: string;
  applicationName?: string;
  botUser?: { id?: string; username?: string };
  /** Privileged intents enabled in the (fake) developer portal; identifying with others closes 4014. */
  privilegedIntents?: PrivilegedIntent[];
  guilds?: GuildFixture[];
}

export type GuildChannel = APITextChannel | APIGuildVoiceChannel | APIGuildCategoryChannel;

export interface GuildModel {
  id: string;
  name: string;
  preferredLocale: Locale;
  ownerId: string;
  /** `@everyone` first; its id is the guild id, as on Discord. */
  roles: APIRole[];
  channels: GuildChannel[];
  botMember: APIGuildMember;
  botIsMember: boolean;
}

export interface World {
  application: { id: string; name: string; flags: number; allowedPrivilegedIntents: number };
  botUser: APIUser;
  /** Default author of built interactions. */
  tester: APIUser;
  guilds: GuildModel[];
}

/** A typical member's @everyone: can talk, cannot embed or manage anything. */
export const DEFAULT_EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak;

/** What the README's "add to a server" link grants. */
export const DEFAULT_BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.AttachFiles;

const PRIVILEGED: Record<PrivilegedIntent, { intent: number; flag: number }> = {
  GuildMembers: { intent: GatewayIntentBits.GuildMembers, flag: ApplicationFlags.GatewayGuildMembersLimited },
  GuildPresences: { intent: GatewayIntentBits.GuildPresences, flag: ApplicationFlags.GatewayPresenceLimited },
  MessageContent: { intent: GatewayIntentBits.MessageContent, flag: ApplicationFlags.GatewayMessageContentLimited },
};

export const PRIVILEGED_INTENTS_MASK = Object.values(PRIVILEGED).reduce((mask, { intent }) => mask | intent, 0);

export function user(id: string, username: string, bot = false): APIUser {
  return {
    id,
    username,
    discriminator: '0',
    global_name: bot ? null : username,
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

/** Shaped like a real token (base64 user id first) because discord.js logs a censored copy of it. */
export function makeToken(botId: string): string {
  return `${Buffer.from(botId).toString('base64url')}.fake.${randomBytes(20).toString('base64url')}`;
}

function role(id: string, name: string, permissions: bigint, position: number, botId?: string): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position,
    permissions: permissions.toString(),
    managed: botId !== undefined,
    mentionable: false,
    ...(botId !== undefined ? { tags: { bot_id: botId } } : {}),
    flags: 0 as RoleFlags,
  };
}

function buildGuild(fixture: GuildFixture, botUser: APIUser): GuildModel {
  const id = fixture.id ?? snowflake();
  const roleFixtures = fixture.roles ?? [{ name: 'Hanoi Bot', permissions: DEFAULT_BOT_PERMISSIONS, bot: true }];
  const roles = [
    role(id, '@everyone', fixture.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS, 0),
    ...roleFixtures.map((r, index) =>
      role(r.id ?? snowflake(), r.name, r.permissions, index + 1, r.bot ? botUser.id : undefined),
    ),
  ];
  const roleId = (ref: string): string => {
    const found = ref === '@everyone' ? roles[0] : roles.find((r) => r.id === ref || r.name === ref);
    if (!found) throw new Error(`fake-discord fixture: guild "${fixture.name}" has no role "${ref}"`);
    return found.id;
  };
  const channelFixtures: ChannelFixture[] = fixture.channels ?? [
    { name: 'general', type: 'text' },
    { name: 'voice', type: 'voice' },
  ];
  const ids = channelFixtures.map((c) => c.id ?? snowflake());
  const channelId = (ref: string): string => {
    const index = channelFixtures.findIndex((c, i) => ids[i] === ref || c.name === ref);
    if (index < 0) throw new Error(`fake-discord fixture: guild "${fixture.name}" has no channel "${ref}"`);
    return ids[index] as string;
  };
  const channels = channelFixtures.map((c, position): GuildChannel => {
    const base = {
      id: ids[position] as string,
      guild_id: id,
      name: c.name,
      position,
      nsfw: false,
      permission_overwrites: (c.overwrites ?? []).map(
        (o): APIOverwrite => ({
          id: o.member ?? roleId(o.role ?? '@everyone'),
          type: o.member !== undefined ? OverwriteType.Member : OverwriteType.Role,
          allow: (o.allow ?? 0n).toString(),
          deny: (o.deny ?? 0n).toString(),
        }),
      ),
    };
    if (c.type === 'category') return { ...base, type: ChannelType.GuildCategory, parent_id: null };
    const parent_id = c.parent === undefined ? null : channelId(c.parent);
    if (c.type === 'voice') {
      return {
        ...base,
        type: ChannelType.GuildVoice,
        parent_id,
        bitrate: 64_000,
        user_limit: 0,
        rtc_region: null,
        last_message_id: null,
        rate_limit_per_user: 0,
      };
    }
    return {
      ...base,
      type: ChannelType.GuildText,
      parent_id,
      topic: c.topic ?? null,
      last_message_id: null,
      rate_limit_per_user: 0,
    };
  });
  const joinedAt = new Date().toISOString();
  return {
    id,
    name: fixture.name ?? 'Hanoi Test',
    preferredLocale: (fixture.preferredLocale ?? 'en-US') as Locale,
    ownerId: fixture.ownerId ?? snowflake(),
    roles,
    channels,
    botMember: guildMember(
      botUser,
      roles.filter((r) => r.tags?.bot_id === botUser.id).map((r) => r.id),
      joinedAt,
    ),
    botIsMember: fixture.botIsMember ?? true,
  };
}

/** A member as Discord sends it, with the fields nobody in the tests varies. */
export function guildMember(member: APIUser, roleIds: string[], joinedAt: string): APIGuildMember {
  return {
    user: member,
    nick: null,
    avatar: null,
    roles: roleIds,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

export function buildWorld(options: WorldOptions): World {
  const botUser = user(options.botUser?.id ?? snowflake(), options.botUser?.username ?? 'Hanoi Convention Bot', true);
  const privileged = (options.privilegedIntents ?? []).map((name) => PRIVILEGED[name]);
  return {
    application: {
      id: options.applicationId ?? botUser.id,
      name: options.applicationName ?? botUser.username,
      flags: privileged.reduce((flags, p) => flags | p.flag, 0),
      allowedPrivilegedIntents: privileged.reduce((mask, p) => mask | p.intent, 0),
    },
    botUser,
    tester: user(snowflake(), 'tester'),
    guilds: (options.guilds ?? [{}]).map((g) => buildGuild(g, botUser)),
  };
}

export function findGuild(world: World, ref: string): GuildModel | undefined {
  return world.guilds.find((g) => g.id === ref || g.name === ref);
}

export function findChannel(
  world: World,
  ref: string,
  guildRef?: string,
): { guild: GuildModel; channel: GuildChannel } | undefined {
  for (const guild of world.guilds) {
    if (guildRef !== undefined && guild.id !== guildRef && guild.name !== guildRef) continue;
    const channel = guild.channels.find((c) => c.id === ref || c.name === ref);
    if (channel) return { guild, channel };
  }
  return undefined;
}
