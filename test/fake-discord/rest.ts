import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import type { APIApplication, RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import type { CommandRegistry } from './commands.ts';
import { missingAccess, missingPermissions, nonTextChannel, unknownApplication, unknownChannel } from './errors.ts';
import { findChannel, findGuild } from './fixtures.ts';
import type { World } from './fixtures.ts';
import type { UploadedFile } from './http.ts';
import type { InteractionStore } from './interactions.ts';
import type { MessageStore } from './messages.ts';
import { botPermissions } from './permissions.ts';
import { Router } from './router.ts';
import type { Params } from './router.ts';
import { validateMessageBody } from './validate.ts';

export interface RestRequest {
  params: Params;
  query: URLSearchParams;
  body: unknown;
  files: UploadedFile[];
}

/** `body: undefined` means 204 No Content. */
export interface RestResponse {
  status: number;
  body?: unknown;
}

export type RouteHandler = (req: RestRequest) => RestResponse;

export interface RestState {
  world: World;
  gatewayUrl: () => string;
  messages: MessageStore;
  commands: CommandRegistry;
  interactions: InteractionStore;
}

const ok = (body: unknown): RestResponse => ({ status: 200, body });
const noContent: RestResponse = { status: 204 };

export function buildRoutes(state: RestState): Router<RouteHandler> {
  const { world, messages, commands, interactions } = state;

  const application = (): APIApplication => ({
    id: world.application.id,
    name: world.application.name,
    icon: null,
    description: '',
    bot_public: false,
    bot_require_code_grant: false,
    bot: world.botUser,
    summary: '',
    verify_key: '0'.repeat(64),
    team: null,
    flags: world.application.flags,
    flags_new: String(world.application.flags),
  });

  const ownApplication = (params: Params): void => {
    if (params.applicationId !== world.application.id) throw unknownApplication();
  };

  const guildScope = (params: Params): string => {
    ownApplication(params);
    const guild = findGuild(world, params.guildId ?? '');
    if (!guild || guild.id !== params.guildId || !guild.botIsMember) throw missingAccess();
    return guild.id;
  };

  const visibleChannel = (id: string | undefined): NonNullable<ReturnType<typeof findChannel>> => {
    const found = findChannel(world, id ?? '');
    if (!found || found.channel.id !== id) throw unknownChannel();
    if (!found.guild.botIsMember) throw missingAccess();
    if (!(botPermissions(found.guild, found.channel) & PermissionFlagsBits.ViewChannel)) throw missingAccess();
    return found;
  };

  const webhookInteraction = (params: Params): ReturnType<InteractionStore['forWebhook']> =>
    interactions.forWebhook(params.applicationId ?? '', params.token ?? '');

  return new Router<RouteHandler>()
    .add('GET', '/gateway', () => ok({ url: state.gatewayUrl() }))
    .add('GET', '/gateway/bot', () =>
      ok({
        url: state.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      } satisfies RESTGetAPIGatewayBotResult),
    )
    .add('GET', '/users/@me', () => ok(world.botUser))
    .add('GET', '/applications/@me', () => ok(application()))

    .add('GET', '/applications/:applicationId/commands', ({ params }) => {
      ownApplication(params);
      return ok(commands.list());
    })
    .add('PUT', '/applications/:applicationId/commands', ({ params, body }) => {
      ownApplication(params);
      return ok(commands.overwrite(body));
    })
    .add('GET', '/applications/:applicationId/guilds/:guildId/commands', ({ params }) =>
      ok(commands.list(guildScope(params))),
    )
    .add('PUT', '/applications/:applicationId/guilds/:guildId/commands', ({ params, body }) =>
      ok(commands.overwrite(body, guildScope(params))),
    )

    .add('POST', '/interactions/:interactionId/:token/callback', ({ params, query, body, files }) => {
      const withResponse = query.get('with_response') === 'true';
      const result = interactions.callback(params.interactionId ?? '', params.token ?? '', body, files, withResponse);
      return result ? ok(result) : noContent;
    })
    .add('POST', '/webhooks/:applicationId/:token', ({ params, query, body, files }) => {
      const message = interactions.followup(webhookInteraction(params), body, files);
      return query.get('wait') === 'true' ? ok(message) : noContent;
    })
    .add('GET', '/webhooks/:applicationId/:token/messages/:messageId', ({ params }) =>
      ok(interactions.message(webhookInteraction(params), params.messageId ?? '')),
    )
    .add('PATCH', '/webhooks/:applicationId/:token/messages/:messageId', ({ params, body, files }) =>
      ok(interactions.editMessage(webhookInteraction(params), params.messageId ?? '', body, files)),
    )
    .add('DELETE', '/webhooks/:applicationId/:token/messages/:messageId', ({ params }) => {
      interactions.deleteMessage(webhookInteraction(params), params.messageId ?? '');
      return noContent;
    })

    .add('GET', '/channels/:channelId', ({ params }) => ok(visibleChannel(params.channelId).channel))
    .add('POST', '/channels/:channelId/messages', ({ params, body: raw, files }) => {
      const { guild, channel } = visibleChannel(params.channelId);
      if (channel.type === ChannelType.GuildCategory) throw nonTextChannel();
      const permissions = botPermissions(guild, channel);
      if (!(permissions & PermissionFlagsBits.SendMessages)) throw missingPermissions();
      if (files.length > 0 && !(permissions & PermissionFlagsBits.AttachFiles)) throw missingPermissions();
      const body = validateMessageBody(raw, { create: true, hasFiles: files.length > 0 });
      // With enforce_nonce, a retry of a request whose response was lost returns the first message.
      if (body.enforce_nonce && body.nonce !== undefined) {
        const existing = messages.findByNonce(channel.id, body.nonce);
        if (existing) return ok(existing);
      }
      return ok(messages.add(messages.build({ channelId: channel.id, author: world.botUser, body, files })));
    });
}
