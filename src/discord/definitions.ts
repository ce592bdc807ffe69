// Turns the commands' platform-neutral declarations into Discord application
// command definitions, with French localizations on every name and description.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { AnyCommand, OptionSpec } from '../../commands/command.ts';

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  boolean: ApplicationCommandOptionType.Boolean,
  integer: ApplicationCommandOptionType.Integer,
} as const;

function optionDefinition(spec: OptionSpec): APIApplicationCommandBasicOption {
  const common = {
    name: spec.name,
    name_localizations: { fr: spec.frName },
    description: spec.description.en,
    description_localizations: { fr: spec.description.fr },
    required: spec.required ?? false,
  };
  switch (spec.type) {
    case 'string':
      return {
        ...common,
        type: OPTION_TYPES.string,
        ...(spec.maxLength ? { max_length: spec.maxLength } : {}),
        ...(spec.choices
          ? { choices: spec.choices.map((c) => ({ name: c.name.en, name_localizations: { fr: c.name.fr }, value: c.value })) }
          : { autocomplete: spec.autocomplete ?? false }),
      };
    case 'boolean':
      return { ...common, type: OPTION_TYPES.boolean };
    case 'integer':
      return { ...common, type: OPTION_TYPES.integer };
  }
}

export function commandDefinitions(commands: readonly AnyCommand[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    name_localizations: { fr: command.frName },
    description: command.description.en,
    description_localizations: { fr: command.description.fr },
    // Required options must come first, as Discord demands.
    options: [...command.options].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false)).map(optionDefinition),
  }));
}
