import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { APIApplicationCommand, APIApplicationCommandOption, LocalizationMap } from 'discord-api-types/v10';
import { FormIssues, invalidFormBody } from './errors.ts';
import type { Signal } from './signal.ts';
import { snowflake } from './snowflake.ts';

type Path = (string | number)[];

interface CommandInput {
  id?: string;
  type?: ApplicationCommandType;
  name?: unknown;
  name_localizations?: LocalizationMap | null;
  description?: unknown;
  description_localizations?: LocalizationMap | null;
  options?: APIApplicationCommandOption[];
  default_member_permissions?: string | null;
  dm_permission?: boolean;
  nsfw?: boolean;
  integration_types?: APIApplicationCommand['integration_types'];
  contexts?: APIApplicationCommand['contexts'];
}

const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_PER_TYPE: Record<number, number> = {
  [ApplicationCommandType.ChatInput]: 100,
  [ApplicationCommandType.User]: 15,
  [ApplicationCommandType.Message]: 15,
};
const MAX_TOTAL_CHARS = 4000;

function checkName(issues: FormIssues, path: Path, name: unknown, chatInput: boolean): void {
  const valid =
    typeof name === 'string' &&
    (chatInput ? CHAT_INPUT_NAME.test(name) && name === name.toLowerCase() : name.length >= 1 && name.length <= 32);
  if (!valid) issues.add(path, 'APPLICATION_COMMAND_INVALID_NAME', `Command name is invalid`);
}

function checkDescription(issues: FormIssues, path: Path, description: unknown): void {
  if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
    issues.add(path, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
}

function checkLocalizations(
  issues: FormIssues,
  path: Path,
  map: LocalizationMap | null | undefined,
  check: (issues: FormIssues, path: Path, value: unknown) => void,
): void {
  for (const [locale, value] of Object.entries(map ?? {})) check(issues, [...path, locale], value);
}

/** Returns the characters the option tree contributes to the 4000-character command limit. */
function checkOptions(issues: FormIssues, path: Path, options: APIApplicationCommandOption[] | undefined): number {
  const list = options ?? [];
  if (list.length > 25) issues.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let chars = 0;
  let seenOptional = false;
  for (const [index, option] of list.entries()) {
    const at: Path = [...path, index];
    checkName(issues, [...at, 'name'], option.name, true);
    checkDescription(issues, [...at, 'description'], option.description);
    checkLocalizations(issues, [...at, 'name_localizations'], option.name_localizations, (i, p, v) =>
      checkName(i, p, v, true),
    );
    checkLocalizations(issues, [...at, 'description_localizations'], option.description_localizations, checkDescription);
    chars += option.name.length + (option.description?.length ?? 0);
    if (
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup
    ) {
      chars += checkOptions(issues, [...at, 'options'], option.options);
      continue;
    }
    if (option.required) {
      if (seenOptional) {
        issues.add(
          at,
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
      }
    } else {
      seenOptional = true;
    }
    const choices = 'choices' in option ? (option.choices ?? []) : [];
    if (choices.length > 25) issues.add([...at, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    for (const [c, choice] of choices.entries()) {
      if (choice.name.length < 1 || choice.name.length > 100) {
        issues.add([...at, 'choices', c, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      }
      chars += choice.name.length + String(choice.value).length;
    }
  }
  return chars;
}

/**
 * Validates the rules Discord rejects a bulk overwrite for (names,
 * description lengths, option order, counts, total size), so registration
 * bugs surface in tests rather than at deploy time.
 */
function validateCommands(raw: unknown): CommandInput[] {
  if (!Array.isArray(raw)) {
    throw invalidFormBody({ _errors: [{ code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }] });
  }
  const commands = raw as CommandInput[];
  const issues = new FormIssues();
  const seen = new Set<string>();
  const perType = new Map<number, number>();
  for (const [index, command] of commands.entries()) {
    const type = command.type ?? ApplicationCommandType.ChatInput;
    const chatInput = type === ApplicationCommandType.ChatInput;
    checkName(issues, [index, 'name'], command.name, chatInput);
    checkLocalizations(issues, [index, 'name_localizations'], command.name_localizations, (i, p, v) =>
      checkName(i, p, v, chatInput),
    );
    if (chatInput) {
      checkDescription(issues, [index, 'description'], command.description);
      checkLocalizations(issues, [index, 'description_localizations'], command.description_localizations, checkDescription);
    }
    const chars =
      String(command.name ?? '').length +
      String(command.description ?? '').length +
      checkOptions(issues, [index, 'options'], command.options);
    if (chars > MAX_TOTAL_CHARS) {
      issues.add([index], 'APPLICATION_COMMAND_TOO_LARGE', `Command exceeds maximum size (${MAX_TOTAL_CHARS})`);
    }
    const key = `${type}:${String(command.name)}`;
    if (seen.has(key)) {
      issues.add([index, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    }
    seen.add(key);
    perType.set(type, (perType.get(type) ?? 0) + 1);
  }
  for (const [type, count] of perType) {
    const max = MAX_PER_TYPE[type] ?? 0;
    if (count > max) issues.add([], 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  }
  issues.throwIfAny();
  return commands;
}

/** Everything except server-assigned fields, to decide whether a command changed. */
function definition(command: CommandInput | APIApplicationCommand): string {
  const { id: _id, ...rest } = command as CommandInput;
  const { application_id: _app, version: _version, guild_id: _guild, ...defined } = rest as Partial<APIApplicationCommand>;
  return JSON.stringify(defined);
}

export class CommandRegistry {
  /** Keyed by guild id, or `global`. */
  readonly #scopes = new Map<string, APIApplicationCommand[]>();

  constructor(
    private readonly applicationId: string,
    private readonly signal: Signal,
  ) {}

  list(guildId?: string): APIApplicationCommand[] {
    return [...(this.#scopes.get(guildId ?? 'global') ?? [])];
  }

  /** Bulk overwrite keeps the id of a command with the same name and type, as Discord does. */
  overwrite(raw: unknown, guildId?: string): APIApplicationCommand[] {
    const inputs = validateCommands(raw);
    const previous = this.list(guildId);
    const next = inputs.map((input): APIApplicationCommand => {
      const type = input.type ?? ApplicationCommandType.ChatInput;
      const old = previous.find((c) => c.type === type && c.name === input.name);
      const normalized: APIApplicationCommand = {
        id: old?.id ?? snowflake(),
        application_id: this.applicationId,
        version: '',
        type,
        name: String(input.name),
        name_localizations: input.name_localizations ?? null,
        description: type === ApplicationCommandType.ChatInput ? String(input.description) : '',
        description_localizations: input.description_localizations ?? null,
        ...(input.options ? { options: input.options } : {}),
        default_member_permissions: input.default_member_permissions ?? null,
        nsfw: input.nsfw ?? false,
        integration_types: input.integration_types ?? [0],
        contexts: input.contexts ?? null,
        ...(guildId !== undefined ? { guild_id: guildId } : {}),
      };
      const unchanged = old !== undefined && definition(old) === definition(normalized);
      return { ...normalized, version: unchanged ? old.version : snowflake() };
    });
    this.#scopes.set(guildId ?? 'global', next);
    this.signal.notify();
    return next;
  }

  find(name: string, guildId?: string): APIApplicationCommand | undefined {
    return (
      this.list(guildId).find((c) => c.name === name) ?? this.list().find((c) => c.name === name)
    );
  }
}
