import type { APIEmbed, APIMessageTopLevelComponent, MessageFlags } from 'discord-api-types/v10';
import { emptyMessage, FormIssues, invalidFormBody } from './errors.ts';

/** The subset of create/edit message bodies the fake stores. */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  flags?: MessageFlags;
  nonce?: string | number;
  enforce_nonce?: boolean;
  tts?: boolean;
  sticker_ids?: string[];
  attachments?: unknown[];
  poll?: unknown;
}

const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  nonce: 25,
} as const;

function tooLong(issues: FormIssues, path: (string | number)[], value: string | undefined, max: number): number {
  const length = value?.length ?? 0;
  if (length > max) issues.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  return length;
}

function checkEmbed(issues: FormIssues, embed: APIEmbed, index: number): number {
  const at = (...path: (string | number)[]): (string | number)[] => ['embeds', index, ...path];
  let total = tooLong(issues, at('title'), embed.title, LIMITS.title);
  total += tooLong(issues, at('description'), embed.description, LIMITS.description);
  total += tooLong(issues, at('footer', 'text'), embed.footer?.text, LIMITS.footer);
  total += tooLong(issues, at('author', 'name'), embed.author?.name, LIMITS.author);
  const fields = embed.fields ?? [];
  if (fields.length > LIMITS.fields) {
    issues.add(at('fields'), 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.fields} or fewer in length.`);
  }
  for (const [i, field] of fields.entries()) {
    if (!field.name) issues.add(at('fields', i, 'name'), 'BASE_TYPE_REQUIRED', 'This field is required');
    if (!field.value) issues.add(at('fields', i, 'value'), 'BASE_TYPE_REQUIRED', 'This field is required');
    total += tooLong(issues, at('fields', i, 'name'), field.name, LIMITS.fieldName);
    total += tooLong(issues, at('fields', i, 'value'), field.value, LIMITS.fieldValue);
  }
  return total;
}

/**
 * Enforces the limits production Discord enforces (content, embed sizes,
 * nonce length), because a bot that only ever talks to a lenient fake learns
 * about them from users.
 */
export function validateMessageBody(raw: unknown, mode: { create: boolean; hasFiles: boolean }): MessageBody {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw invalidFormBody({
      _errors: [{ code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }],
    });
  }
  const body = raw as MessageBody;
  const issues = new FormIssues();
  tooLong(issues, ['content'], body.content, LIMITS.content);
  const embeds = body.embeds ?? [];
  if (embeds.length > LIMITS.embeds) {
    issues.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.embeds} or fewer in length.`);
  }
  const embedTotal = embeds.reduce((sum, embed, index) => sum + checkEmbed(issues, embed, index), 0);
  if (embedTotal > LIMITS.embedTotal) {
    issues.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${LIMITS.embedTotal}`);
  }
  if (typeof body.nonce === 'string') tooLong(issues, ['nonce'], body.nonce, LIMITS.nonce);
  issues.throwIfAny();

  const empty =
    !body.content &&
    embeds.length === 0 &&
    (body.components?.length ?? 0) === 0 &&
    (body.sticker_ids?.length ?? 0) === 0 &&
    body.poll === undefined &&
    !mode.hasFiles;
  if (mode.create && empty) throw emptyMessage();
  return body;
}
