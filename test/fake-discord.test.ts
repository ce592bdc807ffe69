import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  InteractionContextType,
  InteractionResponseType,
  PermissionFlagsBits,
  Routes,
} from 'discord.js';
import type { ChatInputCommandInteraction, TextChannel } from 'discord.js';
import { DEFAULT_BOT_PERMISSIONS, startFakeDiscord } from './fake-discord/index.ts';
import type { FakeDiscord } from './fake-discord/index.ts';

interface BotLog {
  errors: unknown[];
  inspected: ChatInputCommandInteraction[];
  /** Message ids discord.js parsed from `with_response=true` callbacks. */
  responseMessageIds: string[];
}

/** A stand-in for the bot: just enough handlers to exercise each kind of response. */
function attachBot(client: Client, log: BotLog): void {
  client.on(Events.InteractionCreate, async (interaction) => {
    try {
      if (interaction.isButton()) {
        await interaction.update({ content: `expanded ${interaction.customId}` });
      } else if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond([{ name: `Article ${typed}`, value: typed }]);
      } else if (interaction.isChatInputCommand() && interaction.commandName === 'ping') {
        await interaction.reply({ embeds: [new EmbedBuilder().setTitle('Pong').setDescription('Article 1')] });
      } else if (interaction.isChatInputCommand() && interaction.commandName === 'slow') {
        await interaction.deferReply();
        await interaction.editReply({ content: 'done thinking' });
      } else if (interaction.isChatInputCommand() && interaction.commandName === 'chatty') {
        await interaction.reply({ content: 'first' });
        for (let i = 1; i <= 6; i++) await interaction.followUp({ content: `more ${i}` }).catch((error: unknown) => log.errors.push(error));
      } else if (interaction.isChatInputCommand() && interaction.commandName === 'inspect') {
        log.inspected.push(interaction);
        const response = await interaction.reply({ content: 'inspected', withResponse: true });
        if (response.resource?.message) log.responseMessageIds.push(response.resource.message.id);
      }
    } catch (error) {
      log.errors.push(error);
    }
  });
}

describe('fake Discord with the real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  let general: TextChannel;
  const log: BotLog = { errors: [], inspected: [], responseMessageIds: [] };

  beforeAll(async () => {
    fake = await startFakeDiscord({
      heartbeatIntervalMs: 200,
      guilds: [
        {
          name: 'Hanoi Test',
          preferredLocale: 'vi',
          roles: [
            { name: 'Hanoi Bot', permissions: DEFAULT_BOT_PERMISSIONS, bot: true },
            { name: 'Moderator', permissions: PermissionFlagsBits.ManageGuild },
          ],
          channels: [
            { name: 'general', type: 'text' },
            { name: 'announcements', type: 'text' },
            { name: 'quiet', type: 'text', overwrites: [{ role: 'Hanoi Bot', deny: PermissionFlagsBits.SendMessages }] },
            { name: 'no-files', type: 'text', overwrites: [{ role: 'Hanoi Bot', deny: PermissionFlagsBits.AttachFiles }] },
            { name: 'voice', type: 'voice' },
          ],
        },
        { name: 'Elsewhere', botIsMember: false },
      ],
    });
    client = new Client({ intents: [GatewayIntentBits.Guilds], ...fake.clientOptions });
    attachBot(client, log);
    const ready = once(client, Events.ClientReady);
    await client.login(fake.token);
    await ready;
    general = client.channels.cache.get(fake.channel('general').id) as TextChannel;
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
    await fake?.close();
  });

  it('logs in with the Guilds intent and caches guilds, channels and its own permissions', async () => {
    expect(client.user?.id).toBe(fake.botUser.id);
    expect(fake.identifies[0]?.intents).toBe(GatewayIntentBits.Guilds);
    expect(fake.identifies[0]?.url).toBe('/?v=10&encoding=json');
    const guild = client.guilds.cache.get(fake.guild().id);
    expect(guild?.name).toBe('Hanoi Test');
    expect(client.guilds.cache.has(fake.guild('Elsewhere').id)).toBe(false);
    const perms = general.permissionsFor(client.user!);
    expect(perms?.has([PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks])).toBe(true);
    expect(perms?.has(PermissionFlagsBits.ManageGuild)).toBe(false);
    const quiet = client.channels.cache.get(fake.channel('quiet').id) as TextChannel;
    expect(quiet.permissionsFor(client.user!)?.has(PermissionFlagsBits.SendMessages)).toBe(false);
    await fake.waitFor(() => fake.gatewayPayloads.some((p) => p.op === 1), 2000, 'a heartbeat');

    await client.application!.commands.set(
      [
        { name: 'ping', description: 'Replies with an embed' },
        {
          name: 'ask',
          description: 'Ask about the convention',
          options: [
            { name: 'article', description: 'Article', type: ApplicationCommandOptionType.String, autocomplete: true },
          ],
        },
      ],
      guild!.id,
    );
    expect(fake.registeredCommands({ guildId: guild!.id }).map((c) => c.name)).toEqual(['ping', 'ask']);
  });

  it('rejects invalid command definitions like Discord does', async () => {
    const error = await client
      .application!.commands.set([{ name: 'Bad Name', description: 'x' }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
  });

  it('records a slash command reply with an embed', async () => {
    const handle = fake.sendInteraction(fake.slashCommand({ name: 'ping', channel: 'general' }));
    const callback = await handle.waitForCallback();
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data).toMatchObject({ embeds: [{ title: 'Pong', description: 'Article 1' }] });
    expect(fake.messages(general.id).some((m) => m.id === handle.original?.id)).toBe(true);

    const again = await client.rest
      .post(Routes.interactionCallback(handle.id, handle.token), { body: { type: 4, data: { content: 'x' } }, auth: false })
      .catch((e: unknown) => e);
    expect((again as DiscordAPIError).code).toBe(40060);
  });

  it('builds interactions discord.js parses: subcommand, channel option, member permissions, locale', async () => {
    const asModerator = fake.sendInteraction(
      fake.slashCommand({
        name: 'inspect',
        subcommand: 'channel',
        options: { target: { channel: 'announcements' }, depth: 2 },
        roles: ['Moderator'],
        locale: 'vi',
      }),
    );
    const asMember = fake.sendInteraction(
      fake.slashCommand({ name: 'inspect', subcommand: 'channel', options: { target: { channel: 'voice' }, depth: 1 } }),
    );
    await Promise.all([asModerator.waitForOriginal(), asMember.waitForOriginal()]);
    const [moderator, member] = log.inspected.slice(-2);
    expect(moderator?.options.getSubcommand()).toBe('channel');
    expect(moderator?.options.getChannel('target')?.id).toBe(fake.channel('announcements').id);
    expect(moderator?.options.getInteger('depth')).toBe(2);
    expect(moderator?.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(true);
    expect(moderator?.locale).toBe('vi');
    expect(moderator?.guildLocale).toBe('vi');
    expect(member?.memberPermissions?.has(PermissionFlagsBits.ManageGuild)).toBe(false);
    expect(member?.appPermissions.has(PermissionFlagsBits.EmbedLinks)).toBe(true);
    // The bot parses the with_response body after the fake has answered.
    await fake.waitFor(() => log.responseMessageIds.includes(asModerator.original?.id ?? ''), 2000, 'the response');
  });

  it('builds interactions from DMs and from a server the bot is not in, as Discord sends them', async () => {
    const userId = '300000000000000001';
    const places = [
      fake.slashCommand({ name: 'inspect', place: 'bot-dm', installedBy: ['user'], userId }),
      fake.slashCommand({ name: 'inspect', place: 'bot-dm' }),
      fake.slashCommand({ name: 'inspect', place: 'private-channel', userId }),
      fake.slashCommand({ name: 'inspect', guild: 'Elsewhere', userId }),
    ];
    for (const payload of places) await fake.sendInteraction(payload).waitForOriginal();
    const [userDm, guildDm, groupDm, elsewhere] = log.inspected.slice(-4);

    expect(userDm?.context).toBe(InteractionContextType.BotDM);
    expect(userDm?.guildId).toBeNull();
    expect(userDm?.user.id).toBe(userId);
    expect(userDm?.authorizingIntegrationOwners.userId).toBe(userId);
    expect(userDm?.authorizingIntegrationOwners.guildId).toBeNull();
    expect(userDm?.appPermissions.has(PermissionFlagsBits.AttachFiles)).toBe(true);
    // A guild install reaches the bot's DM too, with "0" for the guild.
    expect(guildDm?.authorizingIntegrationOwners.guildId).toBe('0');

    expect(groupDm?.context).toBe(InteractionContextType.PrivateChannel);
    expect(groupDm?.channel).toBeNull();
    expect(groupDm?.authorizingIntegrationOwners.toJSON()).toEqual({ [ApplicationIntegrationType.UserInstall]: userId });

    expect(elsewhere?.context).toBe(InteractionContextType.Guild);
    expect(elsewhere?.guildId).toBe(fake.guild('Elsewhere').id);
    expect(elsewhere?.guild).toBeNull();
    expect(elsewhere?.inRawGuild()).toBe(true);
    expect(elsewhere?.authorizingIntegrationOwners.guildId).toBeNull();
    expect(elsewhere?.memberPermissions?.has(PermissionFlagsBits.SendMessages)).toBe(true);

    // Where the bot is not a member, its REST access stops at Missing Access.
    const channel = await client.rest.get(Routes.channel(fake.channel('general', 'Elsewhere').id)).catch((e: unknown) => e);
    expect((channel as DiscordAPIError).code).toBe(50001);
    expect(() => fake.slashCommand({ name: 'inspect', guild: 'Elsewhere', installedBy: ['guild'] })).toThrow(/did not install/);
  });

  it('caps follow-ups at 5 when only a user install authorised the interaction', async () => {
    const userOnly = fake.sendInteraction(fake.slashCommand({ name: 'chatty', place: 'bot-dm', installedBy: ['user'] }));
    const errorsBefore = log.errors.length;
    await userOnly.waitForFollowups(5);
    await fake.waitFor(() => log.errors.length > errorsBefore, 2000, 'the sixth follow-up to fail');
    const [refused] = log.errors.splice(errorsBefore);
    expect((refused as DiscordAPIError).code).toBe(40094);
    expect(userOnly.followups).toHaveLength(5);

    const guildInstalled = fake.sendInteraction(fake.slashCommand({ name: 'chatty' }));
    expect(await guildInstalled.waitForFollowups(6)).toHaveLength(6);
  });

  it('updates the clicked message for a button', async () => {
    const handle = fake.sendInteraction(fake.componentClick({ customId: 'sources' }));
    const updated = await handle.waitForOriginal();
    expect(handle.callback?.type).toBe(InteractionResponseType.UpdateMessage);
    expect(updated.content).toBe('expanded sources');
    expect(updated.id).toBe(handle.payload.message?.id);
  });

  it('delivers the edit of a deferred reply to @original', async () => {
    const handle = fake.sendInteraction(fake.slashCommand({ name: 'slow' }));
    const original = await handle.waitForOriginal();
    expect(handle.callback?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(original.content).toBe('done thinking');
    const edit = fake.requests.find((r) => r.method === 'PATCH' && r.path.includes(handle.token));
    expect(edit?.route).toBe('/webhooks/:applicationId/:token/messages/:messageId');
  });

  it('answers autocomplete with choices', async () => {
    const handle = fake.sendInteraction(fake.autocomplete({ name: 'ask', options: { article: '12' }, focused: 'article' }));
    const callback = await handle.waitForCallback();
    expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(callback.data).toEqual({ choices: [{ name: 'Article 12', value: '12' }] });
  });

  it('refuses callbacks for an expired interaction', async () => {
    const payload = fake.slashCommand({ name: 'unknown-to-bot' });
    const handle = fake.sendInteraction(payload);
    handle.expire();
    const error = await client.rest
      .post(Routes.interactionCallback(handle.id, handle.token), { body: { type: 5 }, auth: false })
      .catch((e: unknown) => e);
    expect((error as DiscordAPIError).code).toBe(10062);
  });

  it('resumes after a dropped socket and replays what was missed', async () => {
    const resumed = fake.waitForResume();
    fake.dropConnection();
    const handle = fake.sendInteraction(fake.slashCommand({ name: 'ping' }));
    const info = await resumed;
    expect(info.url).toBe('/resume?v=10&encoding=json');
    expect(info.replayed).toBeGreaterThanOrEqual(1);
    expect((await handle.waitForCallback()).type).toBe(InteractionResponseType.ChannelMessageWithSource);

    const after = fake.sendInteraction(fake.slashCommand({ name: 'ping' }));
    expect((await after.waitForCallback()).type).toBe(InteractionResponseType.ChannelMessageWithSource);
  });

  it('creates one message for a repeated nonce with enforce_nonce, even when a response is lost', async () => {
    const channel = client.channels.cache.get(fake.channel('announcements').id) as TextChannel;
    const first = await channel.send({ content: 'digest', nonce: 'digest-2024-01', enforceNonce: true });
    const second = await channel.send({ content: 'digest', nonce: 'digest-2024-01', enforceNonce: true });
    expect(second.id).toBe(first.id);

    // The message is stored, then the client sees a 502 and retries the identical request.
    fake.failNext({ method: 'POST', channelId: channel.id, status: 502, afterHandling: true });
    const retried = await channel.send({ content: 'digest 2', nonce: 'digest-2024-02', enforceNonce: true });
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel.id}/messages`);
    expect(posts.map((r) => r.status)).toEqual([200, 200, 502, 200]);
    expect(fake.messages(channel.id).map((m) => m.id)).toEqual([first.id, retried.id]);
  });

  it('validates like Discord: overwrites, message limits, nonce length; accepts uploads where the bot may attach files', async () => {
    const quiet = client.channels.cache.get(fake.channel('quiet').id) as TextChannel;
    const denied = await quiet.send('hello').catch((e: unknown) => e);
    expect((denied as DiscordAPIError).code).toBe(50013);

    // A plain object: EmbedBuilder would already refuse this client-side.
    const tooLong = await general.send({ embeds: [{ description: 'x'.repeat(4097) }] }).catch((e: unknown) => e);
    expect((tooLong as DiscordAPIError).rawError).toMatchObject({
      code: 50035,
      errors: { embeds: { 0: { description: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } },
    });
    const longNonce = await general
      .send({ content: 'x', nonce: 'digest:2024-01-15:announcements', enforceNonce: true })
      .catch((e: unknown) => e);
    expect((longNonce as DiscordAPIError).code).toBe(50035);

    const sent = await general.send({ content: 'see file', files: [{ attachment: Buffer.from('hi'), name: 'note.txt', description: 'a note' }] });
    expect(sent.attachments.first()?.name).toBe('note.txt');
    expect(sent.attachments.first()?.description).toBe('a note');
    expect(fake.requests.at(-1)?.files).toMatchObject([{ name: 'note.txt', size: 2, data: Buffer.from('hi') }]);
    const noFiles = client.channels.cache.get(fake.channel('no-files').id) as TextChannel;
    expect(((await noFiles.send({ content: 'file', files: [{ attachment: Buffer.from('hi'), name: 'n.txt' }] }).catch((e: unknown) => e)) as DiscordAPIError).code).toBe(50013);
    expect((await noFiles.send('text only')).content).toBe('text only');
  });

  it('surfaces a programmed 403 as DiscordAPIError 50013', async () => {
    fake.failNext({ channelId: general.id, status: 403 });
    const error = await general.send('hello').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50013);
    expect((error as DiscordAPIError).status).toBe(403);
  });

  it('enforces rate limits the client respects', async () => {
    // Bucket headers let discord.js pace itself: no 429 on the per-channel limit.
    fake.setRateLimits({ channelMessages: { limit: 2, windowMs: 300 } });
    const before = fake.messages(general.id).length;
    for (let i = 0; i < 4; i++) await general.send(`paced ${i}`);
    expect(fake.rateLimitHits).toHaveLength(0);

    // The client believes in 10k requests/s, so the global limit is only learnt from a 429.
    fake.setRateLimits({ global: { limit: 2, windowMs: 400 } });
    await Promise.all([general.send('a'), general.send('b'), general.send('c')]);
    fake.setRateLimits(false);
    expect(fake.rateLimitHits.length).toBeGreaterThanOrEqual(1);
    expect(fake.rateLimitHits[0]).toMatchObject({ global: true, programmed: false });
    expect(fake.messages(general.id)).toHaveLength(before + 7);
  });

  it('answers unknown routes with 404 and lists them', async () => {
    const error = await client.rest.get('/guilds/1/audit-logs').catch((e: unknown) => e);
    expect((error as DiscordAPIError).status).toBe(404);
    expect(fake.unmatchedRequests.map((r) => r.path)).toEqual(['/guilds/1/audit-logs']);
    expect(log.errors).toEqual([]);
  });
});
