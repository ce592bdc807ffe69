import { MessageFlags, MessageType } from 'discord-api-types/v10';
import type { APIAttachment, APIMessage, APIUser } from 'discord-api-types/v10';
import type { UploadedFile } from './http.ts';
import type { Signal } from './signal.ts';
import { snowflake } from './snowflake.ts';
import type { MessageBody } from './validate.ts';

/** Flags a sender may set on a message; Discord ignores the others. */
const SETTABLE_FLAGS =
  MessageFlags.SuppressEmbeds | MessageFlags.Ephemeral | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2;

export interface NewMessage {
  channelId: string;
  author: APIUser;
  body: MessageBody;
  files: UploadedFile[];
  type?: MessageType;
  /** Interaction responses are webhook messages owned by the application. */
  applicationId?: string;
  interaction?: APIMessage['interaction_metadata'];
  extraFlags?: number;
}

/** What the body says about the file uploaded as `files[N]`: its entry in `attachments` with id N. */
function uploadMetadata(body: MessageBody, file: UploadedFile): { description?: unknown } | undefined {
  const index = /^files\[(\d+)\]$/.exec(file.field)?.[1];
  return body.attachments?.find((a): a is { id: unknown; description?: unknown } => String((a as { id?: unknown }).id) === index);
}

function attachments(channelId: string, body: MessageBody, files: UploadedFile[]): APIAttachment[] {
  return files.map((file) => {
    const id = snowflake();
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`;
    const description = uploadMetadata(body, file)?.description;
    return {
      id,
      filename: file.name,
      size: file.size,
      url,
      proxy_url: url,
      content_type: file.contentType,
      ...(typeof description === 'string' ? { description } : {}),
    };
  });
}

export class MessageStore {
  readonly #byChannel = new Map<string, APIMessage[]>();
  readonly #nonces = new Map<string, { message: APIMessage; at: number }>();

  constructor(
    private readonly signal: Signal,
    private readonly nonceWindowMs: number,
  ) {}

  build(spec: NewMessage): APIMessage {
    const flags = ((spec.body.flags ?? 0) & SETTABLE_FLAGS) | (spec.extraFlags ?? 0);
    return {
      id: snowflake(),
      channel_id: spec.channelId,
      author: spec.author,
      content: spec.body.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: spec.body.tts ?? false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: attachments(spec.channelId, spec.body, spec.files),
      embeds: (spec.body.embeds ?? []).map((embed) => ({ type: 'rich', ...embed }) as APIMessage['embeds'][number]),
      components: spec.body.components ?? [],
      pinned: false,
      type: spec.type ?? MessageType.Default,
      flags,
      ...(spec.body.nonce !== undefined ? { nonce: spec.body.nonce } : {}),
      ...(spec.applicationId !== undefined
        ? { webhook_id: spec.applicationId, application_id: spec.applicationId }
        : {}),
      ...(spec.interaction ? { interaction_metadata: spec.interaction } : {}),
    };
  }

  /** Adds to the channel's visible history; ephemeral messages never go through here. */
  add(message: APIMessage): APIMessage {
    const list = this.#byChannel.get(message.channel_id) ?? [];
    list.push(message);
    this.#byChannel.set(message.channel_id, list);
    if (message.nonce !== undefined) {
      this.#nonces.set(`${message.channel_id}:${message.nonce}`, { message, at: Date.now() });
    }
    this.signal.notify();
    return message;
  }

  /** Discord only deduplicates when `enforce_nonce` is set, and only for a few minutes. */
  findByNonce(channelId: string, nonce: string | number): APIMessage | undefined {
    const entry = this.#nonces.get(`${channelId}:${nonce}`);
    if (!entry || Date.now() - entry.at > this.nonceWindowMs) return undefined;
    return entry.message;
  }

  list(channelId: string): APIMessage[] {
    return [...(this.#byChannel.get(channelId) ?? [])];
  }

  edit(message: APIMessage, body: MessageBody, files: UploadedFile[]): APIMessage {
    const kept =
      body.attachments === undefined
        ? message.attachments
        : message.attachments.filter((a) => body.attachments?.some((b) => (b as { id?: unknown }).id === a.id));
    const flags =
      body.flags === undefined
        ? (message.flags ?? 0)
        : ((message.flags ?? 0) & ~MessageFlags.SuppressEmbeds) | (body.flags & MessageFlags.SuppressEmbeds);
    const edited: APIMessage = {
      ...message,
      content: body.content ?? message.content,
      embeds: body.embeds
        ? body.embeds.map((embed) => ({ type: 'rich', ...embed }) as APIMessage['embeds'][number])
        : message.embeds,
      components: body.components ?? message.components ?? [],
      attachments: [...kept, ...attachments(message.channel_id, body, files)],
      // The first edit of a deferred reply is what replaces its "thinking…" state.
      flags: flags & ~MessageFlags.Loading,
      edited_timestamp: new Date().toISOString(),
    };
    this.#replace(edited);
    return edited;
  }

  remove(message: APIMessage): void {
    const list = this.#byChannel.get(message.channel_id);
    const index = list?.findIndex((m) => m.id === message.id) ?? -1;
    if (list && index >= 0) list.splice(index, 1);
    this.signal.notify();
  }

  #replace(message: APIMessage): void {
    const list = this.#byChannel.get(message.channel_id);
    const index = list?.findIndex((m) => m.id === message.id) ?? -1;
    if (list && index >= 0) list[index] = message;
    this.signal.notify();
  }
}
