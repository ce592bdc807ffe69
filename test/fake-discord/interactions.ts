import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from 'discord-api-types/v10';
import type {
  APIInteraction,
  APIMessage,
  RESTPostAPIInteractionCallbackWithResponseResult,
} from 'discord-api-types/v10';
import {
  alreadyAcknowledged,
  type DiscordError,
  invalidFormBody,
  invalidWebhookToken,
  tooManyFollowups,
  unknownInteraction,
  unknownMessage,
  unknownWebhook,
} from './errors.ts';
import type { World } from './fixtures.ts';
import type { UploadedFile } from './http.ts';
import type { MessageStore } from './messages.ts';
import type { Signal } from './signal.ts';
import { validateMessageBody } from './validate.ts';

export interface RecordedCallback {
  type: InteractionResponseType;
  /** The callback's `data` (message body, `choices`, modal…), as the bot sent it. */
  data: unknown;
  at: number;
}

export interface InteractionRecord {
  readonly payload: APIInteraction;
  readonly createdAt: number;
  expired: boolean;
  callback?: RecordedCallback;
  original?: APIMessage;
  /** True once the original shows final content: an immediate reply/update, or the first edit of a deferral. */
  originalSettled: boolean;
  followups: APIMessage[];
}

export interface InteractionTimeouts {
  /** Discord's window to send the initial callback (3 s). */
  initialResponseMs: number;
  /** How long the interaction token works for follow-ups and edits (15 min). */
  tokenTtlMs: number;
}

const ALLOWED_CALLBACKS: Record<number, readonly InteractionResponseType[]> = {
  [InteractionType.Ping]: [InteractionResponseType.Pong],
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

/** Discord's cap on follow-ups when only a user install authorised the interaction. */
const USER_INSTALL_MAX_FOLLOWUPS = 5;

const isEphemeral = (message: APIMessage): boolean => ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

function formError(field: string, code: string, message: string): DiscordError {
  return invalidFormBody({ [field]: { _errors: [{ code, message }] } });
}

/** Interaction lifecycle: one initial callback within the deadline, then webhook edits and follow-ups. */
export class InteractionStore {
  readonly #byId = new Map<string, InteractionRecord>();
  readonly #byToken = new Map<string, InteractionRecord>();

  constructor(
    private readonly world: World,
    private readonly messages: MessageStore,
    private readonly signal: Signal,
    private readonly timeouts: InteractionTimeouts,
  ) {}

  register(payload: APIInteraction): InteractionRecord {
    const record: InteractionRecord = {
      payload,
      createdAt: Date.now(),
      expired: false,
      originalSettled: false,
      followups: [],
    };
    this.#byId.set(payload.id, record);
    this.#byToken.set(payload.token, record);
    return record;
  }

  expire(id: string): void {
    const record = this.#byId.get(id);
    if (!record) throw new Error(`fake-discord: unknown interaction ${id}`);
    record.expired = true;
    this.signal.notify();
  }

  callback(
    id: string,
    token: string,
    raw: unknown,
    files: UploadedFile[],
    withResponse: boolean,
  ): RESTPostAPIInteractionCallbackWithResponseResult | undefined {
    const record = this.#byId.get(id);
    if (!record || record.payload.token !== token || record.expired) throw unknownInteraction();
    if (record.callback) throw alreadyAcknowledged();
    if (Date.now() - record.createdAt > this.timeouts.initialResponseMs) throw unknownInteraction();

    const body = (raw ?? {}) as { type?: InteractionResponseType; data?: unknown };
    const allowed = ALLOWED_CALLBACKS[record.payload.type] ?? [];
    if (body.type === undefined || !allowed.includes(body.type)) {
      throw formError('type', 'INTERACTION_RESPONSE_TYPE_INVALID', 'Invalid interaction response type');
    }
    this.#apply(record, body.type, body.data, files);
    record.callback = { type: body.type, data: body.data, at: Date.now() };
    this.signal.notify();
    if (!withResponse) return undefined;
    const message = record.original;
    return {
      interaction: {
        id: record.payload.id,
        type: record.payload.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: ((message.flags ?? 0) & MessageFlags.Loading) !== 0,
              response_message_ephemeral: isEphemeral(message),
            }
          : {}),
      },
      resource: { type: body.type, ...(message ? { message } : {}) },
    };
  }

  #apply(record: InteractionRecord, type: InteractionResponseType, data: unknown, files: UploadedFile[]): void {
    const payload = record.payload;
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const body = validateMessageBody(data ?? {}, { create: true, hasFiles: files.length > 0 });
        record.original = this.#create(record, body, files, this.#replyType(payload));
        record.originalSettled = true;
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = ((data as { flags?: number } | undefined)?.flags ?? 0) & MessageFlags.Ephemeral;
        record.original = this.#create(record, { flags }, [], this.#replyType(payload), MessageFlags.Loading);
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
        record.original = payload.message;
        break;
      case InteractionResponseType.UpdateMessage: {
        const body = validateMessageBody(data ?? {}, { create: false, hasFiles: files.length > 0 });
        if (payload.message) record.original = this.messages.edit(payload.message, body, files);
        record.originalSettled = true;
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const choices = (data as { choices?: unknown[] } | undefined)?.choices;
        if (!Array.isArray(choices)) throw formError('data', 'BASE_TYPE_REQUIRED', 'This field is required');
        if (choices.length > 25) throw formError('data', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
        break;
      }
      default:
        break;
    }
  }

  #replyType(payload: APIInteraction): MessageType {
    if (payload.type !== InteractionType.ApplicationCommand) return MessageType.Default;
    return payload.data.type === ApplicationCommandType.ChatInput
      ? MessageType.ChatInputCommand
      : MessageType.ContextMenuCommand;
  }

  #create(
    record: InteractionRecord,
    body: Parameters<MessageStore['build']>[0]['body'],
    files: UploadedFile[],
    type: MessageType,
    extraFlags = 0,
  ): APIMessage {
    const payload = record.payload;
    const invoker = payload.member?.user ?? payload.user;
    const message = this.messages.build({
      channelId: payload.channel?.id ?? payload.channel_id ?? '',
      author: this.world.botUser,
      body,
      files,
      type,
      applicationId: this.world.application.id,
      extraFlags,
      ...(invoker
        ? {
            interaction: {
              id: payload.id,
              type: payload.type,
              user: invoker,
              authorizing_integration_owners: payload.authorizing_integration_owners,
            } as APIMessage['interaction_metadata'],
          }
        : {}),
    });
    return isEphemeral(message) ? message : this.messages.add(message);
  }

  /** Webhook routes use the token: unknown until acknowledged, invalid once it expires. */
  forWebhook(applicationId: string, token: string): InteractionRecord {
    const record = this.#byToken.get(token);
    if (!record || applicationId !== this.world.application.id || !record.callback) throw unknownWebhook();
    if (record.expired || Date.now() - record.createdAt > this.timeouts.tokenTtlMs) throw invalidWebhookToken();
    return record;
  }

  message(record: InteractionRecord, messageId: string): APIMessage {
    const found =
      messageId === '@original' || messageId === record.original?.id
        ? record.original
        : record.followups.find((m) => m.id === messageId);
    if (!found) throw unknownMessage();
    return found;
  }

  editMessage(record: InteractionRecord, messageId: string, raw: unknown, files: UploadedFile[]): APIMessage {
    const target = this.message(record, messageId);
    const body = validateMessageBody(raw ?? {}, { create: false, hasFiles: files.length > 0 });
    const edited = this.messages.edit(target, body, files);
    if (target === record.original) {
      record.original = edited;
      record.originalSettled = true;
    } else {
      record.followups = record.followups.map((m) => (m.id === edited.id ? edited : m));
    }
    this.signal.notify();
    return edited;
  }

  deleteMessage(record: InteractionRecord, messageId: string): void {
    const target = this.message(record, messageId);
    this.messages.remove(target);
    if (target === record.original) delete record.original;
    else record.followups = record.followups.filter((m) => m.id !== target.id);
    this.signal.notify();
  }

  followup(record: InteractionRecord, raw: unknown, files: UploadedFile[]): APIMessage {
    const guildInstalled = record.payload.authorizing_integration_owners[ApplicationIntegrationType.GuildInstall] !== undefined;
    if (!guildInstalled && record.followups.length >= USER_INSTALL_MAX_FOLLOWUPS) throw tooManyFollowups();
    const body = validateMessageBody(raw ?? {}, { create: true, hasFiles: files.length > 0 });
    const message = this.#create(record, body, files, MessageType.Default);
    record.followups.push(message);
    this.signal.notify();
    return message;
  }
}
