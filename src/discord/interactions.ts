// Routes Discord interactions to the shared core and answers within
// Discord's deadline: directly when the reply is ready in time, otherwise
// after deferring. A failure is answered politely and logged; it never
// reaches the process. Every interaction gets an answer — one the bot does
// not recognise (a button from an older version) a polite private notice —
// and is counted by command and outcome.
import { performance } from 'node:perf_hooks';
import {
  ApplicationCommandOptionType,
  DiscordAPIError,
  PermissionFlagsBits,
  MessageFlags,
  RESTJSONErrorCodes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type RepliableInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { composeAnswer } from '../answer/compose.ts';
import { t } from '../answer/i18n.ts';
import { composePassage } from '../answer/passage.ts';
import { errorNotice, notice, type Reply } from '../answer/reply.ts';
import type { Bot } from '../bot.ts';
import type { InteractionOutcome, Metrics } from '../health/metrics.ts';
import type { Lang } from '../knowledge/schema.ts';
import type { Logger } from '../log/logger.ts';
import { findCommand } from '../../commands/index.ts';
import { checkChannel } from './channel-check.ts';
import type { Cooldown } from './cooldown.ts';
import { LIMITS, fit } from './limits.ts';
import { renderReply, type RenderOptions } from './render.ts';

export interface InteractionDeps {
  bot: Bot;
  logger: Logger;
  /** Spam control for /ask. */
  askCooldown: Cooldown;
  now: () => number;
  metrics: Metrics;
}

/** French and Vietnamese Discord clients (fr, vi) get their language; every other locale gets English. */
export function languageOf(locale: string | undefined): Lang {
  const code = locale?.toLowerCase().slice(0, 2);
  return code === 'fr' || code === 'vi' ? code : 'en';
}

function isExpired(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction || error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
  );
}

/** Options as the core expects them: name → value, a subcommand's name under `subcommand`. */
export function rawOptions(data: readonly CommandInteractionOption[]): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const option of data) {
    if (option.type === ApplicationCommandOptionType.Subcommand) Object.assign(options, { subcommand: option.name }, rawOptions(option.options ?? []));
    else options[option.name] = option.channel?.id ?? option.value;
  }
  return options;
}

/** Problems with the user's own request are shown to that user alone. */
const isUserError = (reply: Reply) => reply.kind === 'notice' && reply.level === 'error';

function outcomeOf(reply: Reply): InteractionOutcome {
  if (reply.kind === 'decline') return 'declined';
  return isUserError(reply) ? 'refused' : 'answered';
}

/** What an interaction was, as metrics label it: the command's name, or the kind of click. */
interface Handled {
  command: string;
  outcome: InteractionOutcome;
}

/**
 * Replies in time whatever the handler's speed: directly, or deferred then
 * edited. Once deferred, visibility is fixed, so a late error shows publicly.
 */
async function answer(interaction: RepliableInteraction, produce: () => Promise<Reply>, options: RenderOptions): Promise<InteractionOutcome> {
  const work = produce();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(resolve, LIMITS.deferAfterMs, 'late');
  });
  const first = await Promise.race([work, late]);
  // Cleared at once: a busy bot would otherwise keep one live timer per interaction for 1.5 s.
  clearTimeout(timer);
  if (first !== 'late') {
    await interaction.reply(renderReply(first, { ...options, ephemeral: options.ephemeral || isUserError(first) }));
    return outcomeOf(first);
  }
  await interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await work;
  const { flags: _ephemeralAlreadySet, ...message } = renderReply(reply, options);
  await interaction.editReply(message);
  return outcomeOf(reply);
}

export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const { bot, logger, metrics } = deps;

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<InteractionOutcome> {
    const lang = languageOf(interaction.locale);
    const options = rawOptions(interaction.options.data);
    if (interaction.commandName === 'ask') {
      const verdict = deps.askCooldown.take(interaction.user.id, deps.now());
      if (!verdict.allowed) {
        const s = t(lang);
        await interaction.reply(renderReply(notice(lang, s.cooldownTitle, s.cooldownBody(Math.ceil(verdict.retryAfterMs / 1000))), { ephemeral: true }));
        return 'refused';
      }
    }
    const question = typeof options.question === 'string' ? options.question : undefined;
    // Nothing here reads a cached guild, channel or member: where only the user
    // installed the app, Discord sends a guild id the bot knows nothing else about.
    const guildId = interaction.guildId;
    const guild = guildId
      ? {
          id: guildId,
          botInstalled: interaction.authorizingIntegrationOwners.guildId === guildId,
          memberCanManage: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
          checkChannel: (channelId: string) => checkChannel(interaction.client, guildId, channelId),
        }
      : undefined;
    return answer(interaction, async () => bot.execute(interaction.commandName, options, { lang, guild }), {
      ephemeral: options.private === true || findCommand(interaction.commandName)?.ephemeral === true,
      question: question && !question.startsWith('id:') ? question : undefined,
    });
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const choices = bot
      .autocomplete(interaction.commandName, focused.name, String(focused.value ?? ''), { lang: languageOf(interaction.locale) })
      .filter((c) => c.value.length >= 1 && c.value.length <= LIMITS.choiceValue)
      .slice(0, LIMITS.choices)
      .map((c) => ({ name: fit(c.name, LIMITS.choiceName) || c.value, value: c.value }));
    await interaction.respond(choices);
  }

  /** Button and menu clicks name an entry; it may have left the knowledge base since. */
  async function onEntryClick(interaction: ButtonInteraction | StringSelectMenuInteraction, lang: Lang, entryId: string, passage: boolean): Promise<InteractionOutcome> {
    // One read of the holder: the entry and what renders it come from the same knowledge base.
    const { kb } = bot.knowledge.current;
    const entry = kb.entries.get(entryId);
    const s = t(lang);
    const reply = !entry ? errorNotice(lang, s.expiredTitle, s.expiredBody) : passage ? composePassage(kb, entry, lang) : composeAnswer(kb, entry, lang);
    await interaction.reply(renderReply(reply, { ephemeral: true, interactive: !passage }));
    return entry ? 'answered' : 'refused';
  }

  /** A click or submission the bot does not recognise (an id from an older version): a private notice, in the user's language. */
  async function onUnknown(interaction: RepliableInteraction): Promise<InteractionOutcome> {
    const lang = languageOf(interaction.locale);
    const s = t(lang);
    logger.info({ interaction: interaction.id, type: interaction.type, customId: 'customId' in interaction ? interaction.customId : undefined }, 'unrecognised interaction; told the user');
    await interaction.reply(renderReply(errorNotice(lang, s.unknownComponentTitle, s.unknownComponentBody), { ephemeral: true }));
    return 'refused';
  }

  async function route(interaction: Interaction): Promise<Handled> {
    if (interaction.isAutocomplete()) {
      const command = `autocomplete:${interaction.commandName}`;
      try {
        await onAutocomplete(interaction);
        return { command, outcome: 'answered' };
      } catch (error) {
        if (isExpired(error)) throw error;
        logger.warn({ err: error, command: interaction.commandName }, 'autocomplete failed; answering with no choices');
        if (!interaction.responded) await interaction.respond([]);
        return { command, outcome: 'failed' };
      }
    }
    if (interaction.isChatInputCommand()) return { command: interaction.commandName, outcome: await onCommand(interaction) };
    if (interaction.isButton()) {
      const [kind, lang, entryId] = interaction.customId.split(':');
      if (kind === 'passage' && entryId) return { command: 'button:passage', outcome: await onEntryClick(interaction, languageOf(lang), entryId, true) };
    } else if (interaction.isStringSelectMenu()) {
      const [kind, lang] = interaction.customId.split(':');
      const [entryId] = interaction.values;
      if (kind === 'related' && entryId) return { command: 'menu:related', outcome: await onEntryClick(interaction, languageOf(lang), entryId, false) };
    }
    if (!interaction.isRepliable()) return { command: 'unknown', outcome: 'refused' };
    return { command: 'unknown', outcome: await onUnknown(interaction) };
  }

  /** The metrics label of an interaction whose handling threw. */
  const labelOf = (interaction: Interaction) =>
    interaction.isAutocomplete() ? `autocomplete:${interaction.commandName}` : interaction.isChatInputCommand() ? interaction.commandName : 'unknown';

  return async (interaction) => {
    const started = performance.now();
    const record = (handled: Handled) => metrics.interaction(handled.command, handled.outcome, (performance.now() - started) / 1000);
    try {
      record(await route(interaction));
    } catch (error) {
      if (isExpired(error)) {
        record({ command: labelOf(interaction), outcome: 'expired' });
        logger.warn({ err: error, interaction: interaction.id }, 'interaction expired before we answered; ignored');
        return;
      }
      record({ command: labelOf(interaction), outcome: 'failed' });
      logger.error({ err: error, interaction: interaction.id }, 'interaction handler failed');
      if (!interaction.isRepliable()) return;
      const lang = languageOf(interaction.locale);
      const message = renderReply(errorNotice(lang, t(lang).internalErrorTitle, t(lang).internalErrorBody), { ephemeral: true });
      try {
        if (interaction.deferred || interaction.replied) await interaction.followUp(message);
        else await interaction.reply(message);
      } catch (replyError) {
        logger.warn({ err: replyError, interaction: interaction.id }, 'could not tell the user about the failure');
      }
    }
  };
}
