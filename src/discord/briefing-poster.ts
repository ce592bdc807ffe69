// Posts briefings through Discord's REST API with a nonce and
// `enforce_nonce`, so a retry after a lost response returns the message
// already created instead of posting a second one.
import { DiscordAPIError, Routes, type Client } from 'discord.js';
import type { RESTPostAPIChannelMessageResult } from 'discord-api-types/v10';
import type { Answer } from '../answer/reply.ts';
import { PostError, type BriefingPoster } from '../briefing/poster.ts';
import { canAttachFiles } from './channel-check.ts';
import { renderMessage } from './render.ts';

function toPostError(error: unknown): PostError {
  if (error instanceof DiscordAPIError) {
    if (error.status === 403) return new PostError('forbidden', `${error.message} (Discord ${error.code})`);
    if (error.status === 404) return new PostError('not-found', `${error.message} (Discord ${error.code})`);
  }
  // 5xx after discord.js's own retries, timeouts and dropped connections.
  return new PostError('transient', error instanceof Error ? error.message : String(error));
}

export class DiscordBriefingPoster implements BriefingPoster {
  constructor(private readonly client: Client) {}

  async post(channelId: string, reply: Answer, nonce: string): Promise<string> {
    // Without Attach Files the briefing still goes out, without its picture.
    const shown = reply.picture && !canAttachFiles(this.client, channelId) ? { ...reply, picture: undefined } : reply;
    const { embeds, components, files = [] } = renderMessage(shown, { interactive: false });
    try {
      // With a picture this is one multipart request: the nonce travels in its payload_json, so a retry is still recognised.
      const message = (await this.client.rest.post(Routes.channelMessages(channelId), {
        body: {
          embeds,
          components,
          allowed_mentions: { parse: [] },
          nonce,
          enforce_nonce: true,
          ...(files.length > 0 ? { attachments: files.map((file, id) => ({ id, filename: file.name, description: file.description })) } : {}),
        },
        files: files.map((file, id) => ({ name: file.name ?? `file-${id}`, data: file.attachment as Buffer, contentType: 'image/png' })),
      })) as RESTPostAPIChannelMessageResult;
      return message.id;
    } catch (error) {
      throw toPostError(error);
    }
  }
}
