import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApplicationCommandOptionType,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  InteractionResponseType,
  PermissionFlagsBits,
  Routes,
} from 'discord.js';
import type { TextChannel } from 'discord.js';
import { startFakeDiscord } from './fake-discord/index.ts';
import type { FakeDiscord } from './fake-discord/index.ts';

/** A stand-in for the bot: just enough handlers to exercise each kind of response. */
function attachBot(client: Client, errors: unknown[]): void {
  client.on(Events.InteractionCreate, async (interaction) => {
    try {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond([{ name: `Article ${typed}`, value: typed }]);
      } else if (interaction.isChatInputCommand() && interaction.commandName === 'ping') {
        await interaction.reply({ embeds: [new EmbedBuilder().setTitle('Pong').setDescription('Article 1')] });
      } else if (interaction.isChatInputCommand() && interaction.commandName === 'slow') {
        await interaction.deferReply();
        await interaction.editReply({ content: 'done thinking' });
      }
    } catch (error) {
      errors.push(error);
    }
  });
}

describe('fake Discord with the real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  let general: TextChannel;
  const botErrors: unknown[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({
      guilds: [
        {
          name: 'Hanoi Test',
          channels: [
            { name: 'general', type: 'text' },
            { name: 'announcements', type: 'text' },
            { name: 'voice', type: 'voice' },
          ],
        },
      ],
    });
    client = new Client({ intents: [GatewayIntentBits.Guilds], ...fake.clientOptions });
    attachBot(client, botErrors);
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
    const perms = general.permissionsFor(client.user!);
    expect(perms?.has([PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks])).toBe(true);
    expect(perms?.has(PermissionFlagsBits.ManageGuild)).toBe(false);

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
    expect(botErrors).toEqual([]);
  });
});
