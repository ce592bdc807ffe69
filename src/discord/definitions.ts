// Turns the commands' platform-neutral declarations into Discord application
// command definitions, with French and Vietnamese localizations on every name
// and description.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { AnyCommand, LocalNames, OptionSpec } from '../../commands/command.ts';
import type { Localized } from '../knowledge/schema.ts';

/** The Discord locale of each language besides English, the base one. */
const DISCORD_LOCALES = { fr: 'fr', vi: 'vi' } as const satisfies LocalNames;

function nameLocalizations(names: LocalNames): Record<string, string> {
  return Object.fromEntries(Object.entries(DISCORD_LOCALES).map(([lang, locale]) => [locale, names[lang as keyof LocalNames]]));
}

/** English is the base text; every other language is a localization. */
function localizations(text: Localized): Record<string, string> {
  return nameLocalizations(text);
}

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  boolean: ApplicationCommandOptionType.Boolean,
  integer: ApplicationCommandOptionType.Integer,
  channel: ApplicationCommandOptionType.Channel,
} as const;

function optionDefinition(spec: OptionSpec, required: boolean): APIApplicationCommandBasicOption {
  const common = {
    name: spec.name,
    name_localizations: nameLocalizations(spec.localNames),
    description: spec.description.en,
    description_localizations: localizations(spec.description),
    required,
  };
  switch (spec.type) {
    case 'string':
      return {
        ...common,
        type: OPTION_TYPES.string,
        ...(spec.maxLength ? { max_length: spec.maxLength } : {}),
        ...(spec.choices
          ? { choices: spec.choices.map((c) => ({ name: c.name.en, name_localizations: localizations(c.name), value: c.value })) }
          : { autocomplete: spec.autocomplete ?? false }),
      };
    case 'boolean':
      return { ...common, type: OPTION_TYPES.boolean };
    case 'integer':
      return { ...common, type: OPTION_TYPES.integer };
    case 'channel':
      // Briefings go to channels where messages can be posted.
      return { ...common, type: OPTION_TYPES.channel, channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement] };
  }
}

/** Required options must come first, as Discord demands. */
function requiredFirst(specs: readonly OptionSpec[], isRequired: (spec: OptionSpec) => boolean): APIApplicationCommandBasicOption[] {
  return [...specs].sort((a, b) => Number(isRequired(b)) - Number(isRequired(a))).map((spec) => optionDefinition(spec, isRequired(spec)));
}

function optionsOf(command: AnyCommand): APIApplicationCommandOption[] {
  if (!command.subcommands) return requiredFirst(command.options, (spec) => spec.required ?? false);
  return command.subcommands.map((sub) => ({
    type: ApplicationCommandOptionType.Subcommand,
    name: sub.name,
    name_localizations: nameLocalizations(sub.localNames),
    description: sub.description.en,
    description_localizations: localizations(sub.description),
    options: requiredFirst(
      command.options.filter((o) => sub.options.includes(o.name)),
      (spec) => sub.required?.includes(spec.name) ?? false,
    ),
  }));
}

/**
 * Where each command can be installed and used. The public commands answer
 * through the interaction alone, so they work wherever a user can call them:
 * in a server that added the bot, in any server or DM for a user who installed
 * the app for themselves. Server settings need the bot in that server.
 */
const PUBLIC_COMMAND = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};
const SERVER_SETTINGS_COMMAND = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
};

/** Discord reads installation and interaction contexts on global commands only. */
export type CommandScope = 'global' | 'guild';

export function commandDefinitions(commands: readonly AnyCommand[], scope: CommandScope = 'global'): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    name_localizations: nameLocalizations(command.localNames),
    description: command.description.en,
    description_localizations: localizations(command.description),
    options: optionsOf(command),
    ...(command.adminOnly ? { default_member_permissions: PermissionFlagsBits.ManageGuild.toString() } : {}),
    ...(scope === 'global' ? (command.adminOnly ? SERVER_SETTINGS_COMMAND : PUBLIC_COMMAND) : {}),
  }));
}
