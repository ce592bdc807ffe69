// Posts briefings through Discord's REST API with a nonce and
// `enforce_nonce`, so a retry after a lost response returns the message
// already created instead of posting a second one.
import { DiscordAPIError, Routes, type Client } from 'discord.js';
import type { RESTPostAPIChannelMessageResult } from 'discord-api-types/v10';
import type { Answer } from '../answer/reply.ts';
import { PostError, type BriefingPoster } from '../briefing/poster.ts';
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
    const { embeds, components } = renderMessage(reply, { interactive: false });
    try {
      const message = (await this.client.rest.post(Routes.channelMessages(channelId), {
        body: { embeds, components, allowed_mentions: { parse: [] }, nonce, enforce_nonce: true },
      })) as RESTPostAPIChannelMessageResult;
      return message.id;
    } catch (error) {
      throw toPostError(error);
    }
  }
}
