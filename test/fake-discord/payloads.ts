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
} from 'discord-api-types/v10';
import type {
  APIApplicationCommandAutocompleteGuildInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandGuildInteraction,
  APIInteractionDataResolved,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageComponentGuildInteraction,
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
    guilds: world.guilds.map((g) => ({ id: g.id, unavailable: true })),
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

export interface InteractionContextOptions {
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

interface Context {
  guild: GuildModel;
  channel: GuildChannel;
  member: APIInteractionGuildMember;
  base: {
    id: string;
    application_id: string;
    token: string;
    version: 1;
    guild: { id: string; locale: Locale; features: [] };
    guild_id: string;
    channel: GuildChannel;
    channel_id: string;
    member: APIInteractionGuildMember;
    app_permissions: string;
    locale: Locale;
    guild_locale: Locale;
    entitlements: [];
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: string };
    context: InteractionContextType.Guild;
    attachment_size_limit: number;
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
    private readonly commandId: (name: string, guildId: string) => string | undefined,
  ) {}

  slashCommand(options: SlashCommandOptions): APIChatInputApplicationCommandGuildInteraction {
    const ctx = this.#context(options);
    const resolved: APIInteractionDataResolved = {};
    const data = {
      id: this.commandId(options.name, ctx.guild.id) ?? snowflake(),
      name: options.name,
      type: ApplicationCommandType.ChatInput as const,
      guild_id: ctx.guild.id,
      options: this.#options(ctx, options, resolved),
    };
    const merged = { ...resolved, ...options.resolved };
    return {
      ...ctx.base,
      type: InteractionType.ApplicationCommand,
      data: Object.keys(merged).length > 0 ? { ...data, resolved: merged } : data,
    };
  }

  autocomplete(options: AutocompleteOptions): APIApplicationCommandAutocompleteGuildInteraction {
    const ctx = this.#context(options);
    if (!options.options || !(options.focused in options.options)) {
      throw new Error(`fake-discord: autocomplete option "${options.focused}" needs a value in options`);
    }
    return {
      ...ctx.base,
      type: InteractionType.ApplicationCommandAutocomplete,
      data: {
        id: this.commandId(options.name, ctx.guild.id) ?? snowflake(),
        name: options.name,
        type: ApplicationCommandType.ChatInput,
        guild_id: ctx.guild.id,
        options: this.#options(ctx, options, {}) as AutocompleteDataOption[],
      },
    };
  }

  componentClick(options: ComponentClickOptions): APIMessageComponentGuildInteraction {
    const ctx = this.#context(options);
    const message = options.message ?? this.#componentMessage(ctx.channel.id, options.customId);
    const data =
      options.values === undefined
        ? { custom_id: options.customId, component_type: ComponentType.Button as const }
        : { custom_id: options.customId, component_type: ComponentType.StringSelect as const, values: options.values };
    return { ...ctx.base, type: InteractionType.MessageComponent, data, message };
  }

  #context(options: InteractionContextOptions): Context {
    const located = options.channel === undefined ? undefined : findChannel(this.world, options.channel, options.guild);
    if (options.channel !== undefined && !located) throw new Error(`fake-discord: unknown channel "${options.channel}"`);
    const guild =
      located?.guild ?? (options.guild === undefined ? this.world.guilds[0] : findGuild(this.world, options.guild));
    if (!guild) throw new Error(`fake-discord: unknown guild "${options.guild ?? '(default)'}"`);
    const channel = located?.channel ?? guild.channels.find((c) => c.type === ChannelType.GuildText);
    if (!channel) throw new Error(`fake-discord: guild "${guild.name}" has no text channel`);

    const invoker: APIUser =
      options.userId === undefined
        ? this.world.tester
        : user(options.userId, options.username ?? `user${options.userId.slice(-4)}`);
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
    return {
      guild,
      channel,
      member,
      base: {
        id: snowflake(),
        application_id: this.world.application.id,
        token: `aW50ZXJhY3Rpb24${randomBytes(48).toString('base64url')}`,
        version: 1,
        guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
        guild_id: guild.id,
        channel,
        channel_id: channel.id,
        member,
        app_permissions: botPermissions(guild, channel).toString(),
        locale: (options.locale ?? 'en-US') as Locale,
        guild_locale: guild.preferredLocale,
        entitlements: [],
        authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guild.id },
        context: InteractionContextType.Guild,
        attachment_size_limit: 10 * 1024 * 1024,
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
    const target = findChannel(this.world, value.channel, ctx.guild.id)?.channel;
    if (!target) throw new Error(`fake-discord: option "${name}" names unknown channel "${value.channel}"`);
    const memberRoles = ctx.member.roles;
    resolved.channels = {
      ...resolved.channels,
      [target.id]: {
        id: target.id,
        name: target.name,
        type: target.type,
        permissions: computePermissions(ctx.guild, ctx.member.user.id, memberRoles, target).toString(),
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
