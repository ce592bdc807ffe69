import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionType,
  MessageType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  APIAuthorizingIntegrationOwnersMap,
  APIChatInputApplicationCommandInteraction,
  APIInteractionDataResolved,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageComponentInteraction,
  APIUser,
  GatewayGuildCreateDispatchData,
  GatewayReadyDispatchData,
  InteractionType as InteractionTypeEnum,
  Locale,
} from 'discord-api-types/v10';
import { randomBytes } from 'node:crypto';
import { findChannel, findGuild, guildMember, user } from './fixtures.ts';
import type { GuildChannel, GuildModel, LocaleString, World } from './fixtures.ts';
import { botPermissions, computePermissions } from './permissions.ts';
import { snowflake } from './snowflake.ts';

export function readyPayload(world: World, sessionId: string, resumeGatewayUrl: string): GatewayReadyDispatchData {
  return {
    v: 10,
    user: world.botUser,
    guilds: world.guilds.filter((g) => g.botIsMember).map((g) => ({ id: g.id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: resumeGatewayUrl,
    shard: [0, 1],
    application: {
      id: world.application.id,
      flags: world.application.flags,
      flags_new: String(world.application.flags),
    },
  };
}

/**
 * Includes the bot's own member so `channel.permissionsFor(client.user)`
 * works from cache with only the Guilds intent, as it does in production.
 */
export function guildCreatePayload(guild: GuildModel, world: World): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: guild.roles,
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.preferredLocale,
    nsfw_level: GuildNSFWLevel.Default,
    hub_type: null,
    incidents_data: null,
    max_video_channel_users: 25,
    max_members: 500_000,
    joined_at: guild.botMember.joined_at ?? new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    members: [guild.botMember],
    channels: guild.channels.map(({ guild_id: _omitted, ...channel }) => channel as GuildChannel),
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    // Keeps discord.js's Guild#ownerId lookups and `members.me` consistent with the world.
    ...(world.botUser.id === guild.ownerId ? { owner: true } : {}),
  };
}

type AutocompleteDataOption =
  APIApplicationCommandInteractionDataOption<InteractionTypeEnum.ApplicationCommandAutocomplete>;

/** A channel option is given as `{ channel: nameOrId }`; everything else by its JSON value. */
export type OptionValue = string | number | boolean | { channel: string };

/**
 * Where an interaction comes from: a channel of one of the world's guilds
 * (with or without the bot in it), the user's DM with the bot, or a DM or
 * group DM between users, which only a user install reaches.
 */
export type InteractionPlace = 'guild' | 'bot-dm' | 'private-channel';

/** Who installed the app: a guild (the bot joins it) or the invoking user (commands only). */
export type Installer = 'guild' | 'user';

export interface InteractionContextOptions {
  /** Default `guild`. */
  place?: InteractionPlace;
  /**
   * Who authorised the app for this interaction (`authorizing_integration_owners`).
   * Defaults: the guild in a guild the bot is in and in the bot's DM; the user in
   * a guild without the bot and in a private channel.
   */
  installedBy?: readonly Installer[];
  /** Guild name or id; defaults to the channel's guild, else the first guild. */
  guild?: string;
  /** Channel name or id; defaults to the guild's first text channel. */
  channel?: string;
  userId?: string;
  username?: string;
  /** Role names or ids the invoking member holds (besides @everyone). */
  roles?: string[];
  /** Overrides the computed member permissions, e.g. to grant or withhold Manage Guild. */
  memberPermissions?: bigint;
  locale?: LocaleString;
}

export interface SlashCommandOptions extends InteractionContextOptions {
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  options?: Record<string, OptionValue>;
  /** Merged over the resolved data derived from channel options. */
  resolved?: APIInteractionDataResolved;
}

export interface AutocompleteOptions extends Omit<SlashCommandOptions, 'resolved'> {
  /** Name of the option the user is typing in; its value comes from `options`. */
  focused: string;
}

export interface ComponentClickOptions extends InteractionContextOptions {
  customId: string;
  /** String select menus send the chosen `values`. */
  values?: string[];
  /** The message carrying the component; defaults to a bot message with one matching button. */
  message?: APIMessage;
}

/** Fields every interaction carries, wherever it comes from. */
interface CommonFields {
  id: string;
  application_id: string;
  token: string;
  version: 1;
  channel: APIInteractionChannel;
  channel_id: string;
  app_permissions: string;
  locale: Locale;
  entitlements: [];
  authorizing_integration_owners: APIAuthorizingIntegrationOwnersMap;
  context: InteractionContextType;
  attachment_size_limit: number;
}

/** A guild's interactions add the guild and the member; a DM's add the user. */
type PlaceFields =
  | { guild: { id: string; locale: Locale; features: [] }; guild_id: string; member: APIInteractionGuildMember; guild_locale: Locale }
  | { user: APIUser };

type APIInteractionChannel = GuildChannel | { id: string; type: ChannelType.DM | ChannelType.GroupDM; recipients: APIUser[]; last_message_id: null; flags: 0 };

interface Context {
  /** Absent in DMs. */
  guild?: GuildModel;
  member?: APIInteractionGuildMember;
  channel: APIInteractionChannel;
  base: CommonFields & PlaceFields;
}

/**
 * What Discord grants an app answering where its bot is not (DMs, and guilds
 * the bot is not in): it can always embed links and attach files to a
 * response; in its own DM it may use external emojis too.
 */
const APP_PERMISSIONS_WITHOUT_BOT = PermissionFlagsBits.AttachFiles | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.MentionEveryone;
const APP_PERMISSIONS_IN_BOT_DM = APP_PERMISSIONS_WITHOUT_BOT | PermissionFlagsBits.UseExternalEmojis;

const CONTEXT_TYPES: Record<InteractionPlace, InteractionContextType> = {
  guild: InteractionContextType.Guild,
  'bot-dm': InteractionContextType.BotDM,
  'private-channel': InteractionContextType.PrivateChannel,
};

/** `authorizing_integration_owners`: the guild's id (or "0" in the bot's DM) for a guild install, the user's id for a user install. */
function owners(installers: readonly Installer[], guildValue: string, userId: string): APIAuthorizingIntegrationOwnersMap {
  return {
    ...(installers.includes('guild') ? { [ApplicationIntegrationType.GuildInstall]: guildValue } : {}),
    ...(installers.includes('user') ? { [ApplicationIntegrationType.UserInstall]: userId } : {}),
  };
}

/**
 * Builds INTERACTION_CREATE payloads with every field discord.js 14 reads:
 * without `entitlements` and `authorizing_integration_owners` its handler
 * throws and the interaction is dropped silently.
 */
export class InteractionFactory {
  constructor(
    private readonly world: World,
    private readonly commandId: (name: string, guildId: string | undefined) => string | undefined,
  ) {}

  slashCommand(options: SlashCommandOptions): APIChatInputApplicationCommandInteraction {
    const ctx = this.#context(options);
    const resolved: APIInteractionDataResolved = {};
    const data = {
      id: this.commandId(options.name, ctx.guild?.id) ?? snowflake(),
      name: options.name,
      type: ApplicationCommandType.ChatInput as const,
      ...(ctx.guild ? { guild_id: ctx.guild.id } : {}),
      options: this.#options(ctx, options, resolved),
    };
    const merged = { ...resolved, ...options.resolved };
    return {
      ...ctx.base,
      type: InteractionType.ApplicationCommand,
      data: Object.keys(merged).length > 0 ? { ...data, resolved: merged } : data,
    } as APIChatInputApplicationCommandInteraction;
  }

  autocomplete(options: AutocompleteOptions): APIApplicationCommandAutocompleteInteraction {
    const ctx = this.#context(options);
    if (!options.options || !(options.focused in options.options)) {
      throw new Error(`fake-discord: autocomplete option "${options.focused}" needs a value in options`);
    }
    return {
      ...ctx.base,
      type: InteractionType.ApplicationCommandAutocomplete,
      data: {
        id: this.commandId(options.name, ctx.guild?.id) ?? snowflake(),
        name: options.name,
        type: ApplicationCommandType.ChatInput,
        ...(ctx.guild ? { guild_id: ctx.guild.id } : {}),
        options: this.#options(ctx, options, {}) as AutocompleteDataOption[],
      },
    } as APIApplicationCommandAutocompleteInteraction;
  }

  componentClick(options: ComponentClickOptions): APIMessageComponentInteraction {
    const ctx = this.#context(options);
    const message = options.message ?? this.#componentMessage(ctx.channel.id, options.customId);
    const data =
      options.values === undefined
        ? { custom_id: options.customId, component_type: ComponentType.Button as const }
        : { custom_id: options.customId, component_type: ComponentType.StringSelect as const, values: options.values };
    return { ...ctx.base, type: InteractionType.MessageComponent, data, message } as APIMessageComponentInteraction;
  }

  #context(options: InteractionContextOptions): Context {
    const place = options.place ?? 'guild';
    const invoker: APIUser =
      options.userId === undefined
        ? this.world.tester
        : user(options.userId, options.username ?? `user${options.userId.slice(-4)}`);
    const common = (channel: APIInteractionChannel, appPermissions: bigint, owners: APIAuthorizingIntegrationOwnersMap) => ({
      id: snowflake(),
      application_id: this.world.application.id,
      token: `aW50ZXJhY3Rpb24${randomBytes(48).toString('base64url')}`,
      version: 1 as const,
      channel,
      channel_id: channel.id,
      app_permissions: appPermissions.toString(),
      locale: (options.locale ?? 'en-US') as Locale,
      entitlements: [] as [],
      authorizing_integration_owners: owners,
      context: CONTEXT_TYPES[place],
      attachment_size_limit: 10 * 1024 * 1024,
    });

    if (place !== 'guild') {
      const installers = options.installedBy ?? (place === 'bot-dm' ? ['guild'] : ['user']);
      // A guild install reaches the bot's DM (the value is "0" there), never other DMs.
      if (place === 'private-channel' && installers.includes('guild')) {
        throw new Error('fake-discord: only a user install reaches a private channel');
      }
      const recipients = place === 'bot-dm' ? [invoker] : [invoker, user(snowflake(), 'friend')];
      const channel: APIInteractionChannel = {
        id: snowflake(),
        type: place === 'bot-dm' ? ChannelType.DM : ChannelType.GroupDM,
        recipients,
        last_message_id: null,
        flags: 0,
      };
      const permissions = place === 'bot-dm' ? APP_PERMISSIONS_IN_BOT_DM : APP_PERMISSIONS_WITHOUT_BOT;
      return { channel, base: { ...common(channel, permissions, owners(installers, '0', invoker.id)), user: invoker } };
    }

    const located = options.channel === undefined ? undefined : findChannel(this.world, options.channel, options.guild);
    if (options.channel !== undefined && !located) throw new Error(`fake-discord: unknown channel "${options.channel}"`);
    const guild =
      located?.guild ?? (options.guild === undefined ? this.world.guilds[0] : findGuild(this.world, options.guild));
    if (!guild) throw new Error(`fake-discord: unknown guild "${options.guild ?? '(default)'}"`);
    const channel = located?.channel ?? guild.channels.find((c) => c.type === ChannelType.GuildText);
    if (!channel) throw new Error(`fake-discord: guild "${guild.name}" has no text channel`);
    const installers = options.installedBy ?? (guild.botIsMember ? ['guild'] : ['user']);
    if (installers.includes('guild') && !guild.botIsMember) {
      throw new Error(`fake-discord: guild "${guild.name}" did not install the app (its bot is not a member)`);
    }

    const roleIds = (options.roles ?? []).map((ref) => {
      const found = guild.roles.find((r) => r.id === ref || r.name === ref);
      if (!found) throw new Error(`fake-discord: guild "${guild.name}" has no role "${ref}"`);
      return found.id;
    });
    const permissions = options.memberPermissions ?? computePermissions(guild, invoker.id, roleIds, channel);
    const member: APIInteractionGuildMember = {
      ...guildMember(invoker, roleIds, new Date().toISOString()),
      user: invoker,
      permissions: permissions.toString(),
    };
    const appPermissions = guild.botIsMember ? botPermissions(guild, channel) : APP_PERMISSIONS_WITHOUT_BOT;
    return {
      guild,
      member,
      channel,
      base: {
        ...common(channel, appPermissions, owners(installers, guild.id, invoker.id)),
        guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
        guild_id: guild.id,
        member,
        guild_locale: guild.preferredLocale,
      },
    };
  }

  #options(
    ctx: Context,
    options: Pick<AutocompleteOptions, 'subcommand' | 'subcommandGroup' | 'options'> & { focused?: string },
    resolved: APIInteractionDataResolved,
  ): APIApplicationCommandInteractionDataOption<InteractionTypeEnum.ApplicationCommand>[] {
    const leaves = Object.entries(options.options ?? {}).map(([name, value]) =>
      this.#option(ctx, name, value, resolved, name === options.focused),
    );
    if (options.subcommand === undefined) return leaves;
    const subcommand = { name: options.subcommand, type: ApplicationCommandOptionType.Subcommand as const, options: leaves };
    if (options.subcommandGroup === undefined) return [subcommand];
    return [{ name: options.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options: [subcommand] }];
  }

  #option(
    ctx: Context,
    name: string,
    value: OptionValue,
    resolved: APIInteractionDataResolved,
    focused: boolean,
  ): APIApplicationCommandInteractionDataBasicOption<InteractionTypeEnum.ApplicationCommand> {
    const focus = focused ? { focused: true } : {};
    if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value, ...focus };
    if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
    if (typeof value === 'number') {
      const type = Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
      return { name, type, value, ...focus };
    }
    const { guild, member } = ctx;
    if (!guild || !member) throw new Error(`fake-discord: option "${name}" names a channel, which only exists in a guild`);
    const target = findChannel(this.world, value.channel, guild.id)?.channel;
    if (!target) throw new Error(`fake-discord: option "${name}" names unknown channel "${value.channel}"`);
    const memberRoles = member.roles;
    resolved.channels = {
      ...resolved.channels,
      [target.id]: {
        id: target.id,
        name: target.name,
        type: target.type,
        permissions: computePermissions(guild, member.user.id, memberRoles, target).toString(),
      },
    };
    return { name, type: ApplicationCommandOptionType.Channel, value: target.id };
  }

  #componentMessage(channelId: string, customId: string): APIMessage {
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.world.botUser,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: MessageType.Default,
      components: [
        {
          type: ComponentType.ActionRow,
          components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId, label: customId }],
        },
      ],
    };
  }
}
