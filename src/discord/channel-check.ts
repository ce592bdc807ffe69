// Whether the bot can post a briefing in a channel, from the gateway cache
// (the Guilds intent brings channels, roles and the bot's own member).
import { PermissionFlagsBits, type Client } from 'discord.js';
import type { ChannelCheck } from '../guild/context.ts';

export function checkChannel(client: Client, guildId: string, channelId: string): ChannelCheck {
  const channel = client.channels.cache.get(channelId);
  if (!channel || channel.isDMBased() || channel.guildId !== guildId) return 'unknown';
  if (!channel.isTextBased() || channel.isVoiceBased() || channel.isThread()) return 'not-text';
  const me = client.user;
  const permissions = me ? channel.permissionsFor(me) : null;
  if (!permissions?.has(PermissionFlagsBits.ViewChannel)) return 'cannot-view';
  if (!permissions.has(PermissionFlagsBits.SendMessages)) return 'cannot-send';
  if (!permissions.has(PermissionFlagsBits.EmbedLinks)) return 'cannot-embed';
  return 'ok';
}

/** Whether a post there may carry a picture; true when the channel is not cached (the post itself will say). */
export function canAttachFiles(client: Client, channelId: string): boolean {
  const channel = client.channels.cache.get(channelId);
  const me = client.user;
  if (!channel || channel.isDMBased() || !me) return true;
  return channel.permissionsFor(me)?.has(PermissionFlagsBits.AttachFiles) ?? true;
}
