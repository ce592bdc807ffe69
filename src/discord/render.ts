// Renders a reply as a Discord message: one embed with a Sources section of
// links, a "Show source passage" button and an "Other results" menu, always
// within Discord's limits and never able to ping anyone.
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
} from 'discord-api-types/v10';
import { AttachmentBuilder, escapeMarkdown } from 'discord.js';
import { marker } from '../answer/citation.ts';
import { citationDetails } from '../answer/citation-text.ts';
import { t, withColon } from '../answer/i18n.ts';
import type { Citation, Picture, Reply } from '../answer/reply.ts';
import type { Lang } from '../knowledge/schema.ts';
import { LIMITS, fit } from './limits.ts';

export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowedMentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
  /** The reply's picture, uploaded with the message; the embed shows it. Its CDN address is never kept. */
  files?: AttachmentBuilder[];
}

export interface RenderOptions {
  /** The user's question, echoed (escaped) so the channel sees what was asked. */
  question?: string;
  ephemeral?: boolean;
  /** Offer the passage button and the other-results menu (not on a passage itself). */
  interactive?: boolean;
}

const COLORS = { answer: 0x1f6feb, decline: 0x8b949e, info: 0x2da44e, 'small-talk': 0x2da44e, error: 0xcf222e } as const;

/** Custom ids carry what the click needs, so a button works after a restart. */
export const CUSTOM_ID = {
  passage: (lang: Lang, entryId: string) => `passage:${lang}:${entryId}`,
  related: (lang: Lang) => `related:${lang}`,
} as const;

/**
 * Citation parts (titles, and publisher, date and locator) come from the knowledge base
 * and recur in every answer that cites them: each is escaped once. discord.js's
 * escaper is thorough, and costly for text seen again and again.
 */
const escapedParts = new Map<string, string>();
function escapePart(text: string): string {
  let escaped = escapedParts.get(text);
  if (escaped === undefined) {
    escaped = escapeMarkdown(text);
    if (escapedParts.size >= 2000) escapedParts.clear();
    escapedParts.set(text, escaped);
  }
  return escaped;
}

const escapeLinkText = (text: string) => escapePart(text).replace(/[[\]]/g, (c) => `\\${c}`);

/** Long page titles are shortened in links: the link itself is the reference. */
const LINK_TITLE_MAX = 90;

function citationLink(citation: Citation, index: number, lang: Lang): string {
  return `[${index + 1}] [${escapeLinkText(fit(citation.title, LINK_TITLE_MAX))}](${citation.url}) — ${escapePart(citationDetails(citation, lang))}`;
}

/** Packs lines into as few fields as fit, each under Discord's field-value limit. */
function packFields(name: string, lines: readonly string[], more: string): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let current = '';
  for (const line of lines.map((l) => fit(l, LIMITS.embedFieldValue))) {
    if (current && current.length + 1 + line.length > LIMITS.embedFieldValue) {
      fields.push({ name: fields.length === 0 ? name : more, value: current });
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) fields.push({ name: fields.length === 0 ? name : more, value: current });
  return fields;
}

function description(reply: Reply, question: string | undefined): string {
  const parts: string[] = [];
  if (question) parts.push(`**${withColon(t(reply.lang).question, reply.lang)}** ${escapeMarkdown(question)}`);
  parts.push(reply.body);
  if (reply.kind === 'answer' && reply.items.length > 0) {
    const numbered = reply.citations.length > 1;
    parts.push(
      reply.items
        .map((item, i) => `${i + 1}. ${item.title ? `**${item.title}** — ` : ''}${item.text}${numbered ? marker(item.citations) : ''}`)
        .join('\n'),
    );
  }
  return parts.join('\n\n');
}

const fieldSize = (field: APIEmbedField) => field.name.length + field.value.length;

/** The leading fields that fit in `budget` characters; the first one that does not is shortened to fit. */
function fieldsWithin(fields: readonly APIEmbedField[], budget: number): APIEmbedField[] {
  const kept: APIEmbedField[] = [];
  let left = budget;
  for (const field of fields) {
    if (fieldSize(field) <= left) {
      kept.push(field);
      left -= fieldSize(field);
      continue;
    }
    const room = left - field.name.length;
    if (room >= 40) kept.push({ ...field, value: fit(field.value, room) });
    break;
  }
  return kept;
}

function buildEmbed(reply: Reply, question: string | undefined): APIEmbed {
  const s = t(reply.lang);
  const details: APIEmbedField[] = [];
  if (reply.kind !== 'decline') {
    for (const field of reply.fields) details.push({ name: fit(field.name, LIMITS.embedFieldName), value: fit(field.value, LIMITS.embedFieldValue) });
  }
  if (reply.kind === 'decline' && reply.suggestions.length > 0) {
    details.push(...packFields(s.didYouMean, reply.suggestions.map((r) => `• ${r.title}`), '…'));
  }
  const label = reply.kind === 'answer' && reply.citations.length > 1 ? s.sources : s.source;
  const sources = reply.kind === 'answer' ? packFields(label, reply.citations.map((c, i) => citationLink(c, i, reply.lang)), `${label} (…)`) : [];

  const title = fit(reply.title, LIMITS.embedTitle);
  const text = fit(description(reply, question ? fit(question, LIMITS.embedAuthor) : undefined), LIMITS.embedDescription);
  // Within Discord's 6,000 characters per message, the answer comes first,
  // then its sources, then the details; whatever is cut is cut visibly (…).
  let budget = LIMITS.embedTotal - title.length;
  const sourceFields = fieldsWithin(sources.slice(0, LIMITS.embedFields), Math.max(0, budget - Math.min(text.length, budget / 2)));
  budget -= sourceFields.reduce((n, f) => n + fieldSize(f), 0);
  const descriptionText = fit(text, Math.max(1, Math.min(text.length, budget)));
  budget -= descriptionText.length;
  const detailFields = fieldsWithin(details.slice(0, LIMITS.embedFields - sourceFields.length), budget);

  const color = reply.kind === 'notice' ? COLORS[reply.level] : COLORS[reply.kind];
  const picture = reply.kind === 'answer' ? reply.picture : undefined;
  return {
    color,
    title,
    description: descriptionText,
    fields: [...detailFields, ...sourceFields],
    ...(picture ? { image: { url: `attachment://${picture.name}` } } : {}),
  };
}

/** The picture as an upload, with its description as the alt text screen readers read. */
export function pictureAttachment(picture: Picture): AttachmentBuilder {
  return new AttachmentBuilder(Buffer.from(picture.png), { name: picture.name, description: fit(picture.description, LIMITS.attachmentDescription) });
}

function buildComponents(reply: Reply): DiscordMessage['components'] {
  if (reply.kind !== 'answer') return [];
  const rows: DiscordMessage['components'] = [];
  // The passage button shows one entry's source: an answer drawn from several has none.
  const [entryId, ...others] = reply.entryIds;
  const passageId = entryId === undefined || others.length > 0 ? undefined : CUSTOM_ID.passage(reply.lang, entryId);
  if (passageId && passageId.length <= LIMITS.customId) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: passageId, label: t(reply.lang).showPassage, emoji: { name: '📖' } }],
    });
  }
  const options = reply.related
    .filter((r) => r.id.length <= LIMITS.selectValue)
    .slice(0, LIMITS.selectOptions)
    .map((r) => ({ label: fit(r.title, LIMITS.selectLabel), value: r.id }));
  if (options.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.StringSelect, custom_id: CUSTOM_ID.related(reply.lang), placeholder: t(reply.lang).otherResultsPlaceholder, options }],
    });
  }
  return rows;
}

export function renderMessage(reply: Reply, options: RenderOptions = {}): DiscordMessage {
  const picture = reply.kind === 'answer' ? reply.picture : undefined;
  return {
    embeds: [buildEmbed(reply, options.question)],
    components: options.interactive === false ? [] : buildComponents(reply),
    allowedMentions: { parse: [] },
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    ...(picture ? { files: [pictureAttachment(picture)] } : {}),
  };
}

/** A value discord.js sends as it is, through its toJSON(). */
interface Encodable<T> {
  toJSON(): T;
}

export interface InteractionMessage extends Omit<DiscordMessage, 'embeds' | 'components'> {
  embeds: Encodable<APIEmbed>[];
  components: Encodable<DiscordMessage['components'][number]>[];
}

/**
 * The message for an interaction reply through discord.js. Embeds and
 * components are already in Discord's wire format; handed over as encodable
 * values, discord.js sends them as they are instead of re-walking every key
 * into snake_case — otherwise the costliest step of a reply.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): InteractionMessage {
  const message = renderMessage(reply, options);
  return {
    ...message,
    embeds: message.embeds.map((embed) => ({ toJSON: () => embed })),
    components: message.components.map((row) => ({ toJSON: () => row })),
  };
}
