/**
 * A fake Discord (REST v10 + gateway v10 on 127.0.0.1) that the real
 * discord.js Client logs into, so end-to-end tests and benchmarks exercise
 * the bot's actual Discord code without the network.
 *
 *   const fake = await startFakeDiscord();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], ...fake.clientOptions });
 *   await client.login(fake.token);
 *   const handle = fake.sendInteraction(fake.slashCommand({ name: 'ask', options: { question: '…' } }));
 *   const reply = await handle.waitForOriginal();
 *   await client.destroy();
 *   await fake.close();
 */
import type {
  APIApplicationCommand,
  APIInteraction,
  APIMessage,
  APIRole,
  APIUser,
} from 'discord-api-types/v10';
import { GatewayDispatchEvents } from 'discord-api-types/v10';
import { CommandRegistry } from './commands.ts';
import { FailurePlan } from './failures.ts';
import type { FailureRule } from './failures.ts';
import { buildWorld, findChannel, findGuild, makeToken } from './fixtures.ts';
import type { GuildChannel, GuildModel, World, WorldOptions } from './fixtures.ts';
import { Gateway } from './gateway.ts';
import type { IdentifyInfo, ReceivedGatewayPayload, ResumeInfo } from './gateway.ts';
import { InteractionHandle } from './interaction-handle.ts';
import { InteractionStore } from './interactions.ts';
import type { InteractionTimeouts } from './interactions.ts';
import { MessageStore } from './messages.ts';
import { InteractionFactory } from './payloads.ts';
import type { AutocompleteOptions, ComponentClickOptions, SlashCommandOptions } from './payloads.ts';
import { RateLimiter } from './rate-limit.ts';
import type { RateLimitHit, RateLimitOptions } from './rate-limit.ts';
import { handleRest } from './request-handler.ts';
import type { RecordedRequest } from './request-handler.ts';
import { buildRoutes } from './rest.ts';
import { listen } from './server.ts';
import type { RunningServer } from './server.ts';
import { Signal } from './signal.ts';

export type { FailureRule } from './failures.ts';
export type {
  ChannelFixture,
  GuildChannel,
  GuildFixture,
  GuildModel,
  OverwriteFixture,
  PrivilegedIntent,
  RoleFixture,
} from './fixtures.ts';
export type { IdentifyInfo, ReceivedGatewayPayload, ResumeInfo } from './gateway.ts';
export type { InteractionHandle } from './interaction-handle.ts';
export type { RecordedCallback } from './interactions.ts';
export type {
  AutocompleteOptions,
  ComponentClickOptions,
  Installer,
  InteractionPlace,
  OptionValue,
  SlashCommandOptions,
} from './payloads.ts';
export type { RateLimitHit, RateLimitOptions } from './rate-limit.ts';
export type { RecordedRequest } from './request-handler.ts';
export { DEFAULT_BOT_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS } from './fixtures.ts';

export interface FakeDiscordOptions extends WorldOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** The bot token REST and IDENTIFY must present; generated if omitted (see `fake.token`). */
  token?: string;
  /** Sent in HELLO; default 41250 like Discord. */
  heartbeatIntervalMs?: number;
  /** Off by default; `true` enables Discord's limits, an object tunes windows for fast tests. */
  rateLimits?: boolean | RateLimitOptions;
  /** How long `enforce_nonce` deduplicates; default 5 minutes. */
  nonceWindowMs?: number;
  /** Defaults: 3 s for the initial callback, 15 min for the token. */
  interactionTimeouts?: Partial<InteractionTimeouts>;
}

/** The shape of discord.js `ClientOptions` fields needed to talk to the fake. */
export interface FakeClientOptions {
  rest: { api: string; globalRequestsPerSecond: number };
  ws: { buildIdentifyThrottler: () => Promise<{ waitForIdentify: () => Promise<void> }> };
}

export class FakeDiscord {
  readonly #signal = new Signal();
  readonly #failures = new FailurePlan();
  readonly #limiter = new RateLimiter();
  readonly #requests: RecordedRequest[] = [];
  readonly #rateLimitHits: RateLimitHit[] = [];
  readonly #world: World;
  readonly #messages: MessageStore;
  readonly #commands: CommandRegistry;
  readonly #interactions: InteractionStore;
  readonly #factory: InteractionFactory;
  readonly #gateway: Gateway;
  #server: RunningServer | undefined;
  /** The bot token REST and IDENTIFY must present. */
  readonly token: string;

  private constructor(options: FakeDiscordOptions) {
    this.#world = buildWorld(options);
    this.token = options.token ?? makeToken(this.#world.botUser.id);
    this.#messages = new MessageStore(this.#signal, options.nonceWindowMs ?? 5 * 60_000);
    this.#commands = new CommandRegistry(this.#world.application.id, this.#signal);
    this.#interactions = new InteractionStore(this.#world, this.#messages, this.#signal, {
      initialResponseMs: options.interactionTimeouts?.initialResponseMs ?? 3000,
      tokenTtlMs: options.interactionTimeouts?.tokenTtlMs ?? 15 * 60_000,
    });
    this.#factory = new InteractionFactory(this.#world, (name, guildId) => this.#commands.find(name, guildId)?.id);
    this.#limiter.configure(options.rateLimits ?? false);
    this.#gateway = new Gateway({
      world: this.#world,
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      signal: this.#signal,
      resumeUrl: () => `${this.gatewayUrl}/resume`,
    });
  }

  /** @internal Use `startFakeDiscord`. */
  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    const router = buildRoutes({
      world: fake.#world,
      gatewayUrl: () => fake.gatewayUrl,
      messages: fake.#messages,
      commands: fake.#commands,
      interactions: fake.#interactions,
    });
    const pipeline = {
      router,
      token: fake.token,
      failures: fake.#failures,
      limiter: fake.#limiter,
      signal: fake.#signal,
      requests: fake.#requests,
      rateLimitHits: fake.#rateLimitHits,
    };
    fake.#server = await listen(options.port ?? 0, {
      rest: (req, res) => handleRest(pipeline, req, res),
      gateway: (socket, req) => fake.#gateway.accept(socket, req),
    });
    return fake;
  }

  get port(): number {
    return this.#server?.port ?? 0;
  }

  /** For discord.js `rest.api`; requests then arrive as `/api/v10/...`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /**
   * Spread into `new Client({ intents, ...fake.clientOptions })`. The no-op
   * identify throttler skips the 5 s identify spacing; the high global limit
   * stops discord.js pacing tests to 50 requests/s (use the default when
   * benchmarking against enforced limits).
   */
  get clientOptions(): FakeClientOptions {
    return {
      rest: { api: this.apiUrl, globalRequestsPerSecond: 10_000 },
      ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
    };
  }

  get applicationId(): string {
    return this.#world.application.id;
  }

  get botUser(): APIUser {
    return this.#world.botUser;
  }

  get guilds(): readonly GuildModel[] {
    return this.#world.guilds;
  }

  /** By name or id; the first guild when omitted. */
  guild(ref?: string): GuildModel {
    const guild = ref === undefined ? this.#world.guilds[0] : findGuild(this.#world, ref);
    if (!guild) throw new Error(`fake-discord: unknown guild "${ref ?? '(default)'}"`);
    return guild;
  }

  channel(ref: string, guildRef?: string): GuildChannel {
    const found = findChannel(this.#world, ref, guildRef);
    if (!found) throw new Error(`fake-discord: unknown channel "${ref}"`);
    return found.channel;
  }

  role(ref: string, guildRef?: string): APIRole {
    const role = this.guild(guildRef).roles.find((r) => r.id === ref || r.name === ref);
    if (!role) throw new Error(`fake-discord: unknown role "${ref}"`);
    return role;
  }

  slashCommand(options: SlashCommandOptions): ReturnType<InteractionFactory['slashCommand']> {
    return this.#factory.slashCommand(options);
  }

  autocomplete(options: AutocompleteOptions): ReturnType<InteractionFactory['autocomplete']> {
    return this.#factory.autocomplete(options);
  }

  componentClick(options: ComponentClickOptions): ReturnType<InteractionFactory['componentClick']> {
    return this.#factory.componentClick(options);
  }

  /** Dispatches INTERACTION_CREATE (buffered if the bot is mid-reconnect) and tracks the bot's responses. */
  sendInteraction(payload: APIInteraction): InteractionHandle {
    const record = this.#interactions.register(payload);
    this.#gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    return new InteractionHandle(record, this.#interactions, this.#signal);
  }

  expireInteraction(id: string): void {
    this.#interactions.expire(id);
  }

  /** Any gateway event; returns its sequence number. */
  dispatch(event: `${GatewayDispatchEvents}`, data: unknown): number {
    return this.#gateway.dispatch(event, data);
  }

  /** Kills the bot's gateway socket; without `code` abruptly (client sees 1006), so it resumes. */
  dropConnection(options: { code?: number } = {}): void {
    this.#gateway.drop(options.code);
  }

  /** The next IDENTIFY is answered by closing the socket with `code` (4004: the token was rejected). */
  failNextIdentify(code: number): void {
    this.#gateway.failNextIdentify(code);
  }

  /** New gateway connections get no HELLO until `releaseHello()`: a bot reconnecting meanwhile stays reconnecting. */
  holdHello(): void {
    this.#gateway.holdHello();
  }

  releaseHello(): void {
    this.#gateway.releaseHello();
  }

  waitForResume(timeoutMs = 5000): Promise<ResumeInfo> {
    return this.#signal.waitFor(this.#gateway.nextResume(), timeoutMs, 'the bot to resume its gateway session');
  }

  get gatewayConnected(): boolean {
    return this.#gateway.connected;
  }

  /** Everything the bot sent over the gateway (identify, heartbeats, resumes, presence…). */
  get gatewayPayloads(): readonly ReceivedGatewayPayload[] {
    return this.#gateway.received;
  }

  get identifies(): readonly IdentifyInfo[] {
    return this.#gateway.identifies;
  }

  get resumes(): readonly ResumeInfo[] {
    return this.#gateway.resumes;
  }

  /** Visible messages in a channel (ephemeral replies excluded), oldest first. */
  messages(channelId: string): APIMessage[] {
    return this.#messages.list(channelId);
  }

  registeredCommands(options: { guildId?: string } = {}): APIApplicationCommand[] {
    return this.#commands.list(options.guildId);
  }

  get requests(): readonly RecordedRequest[] {
    return this.#requests;
  }

  /** Requests that matched no route (answered 404/405): a bot calling APIs the tests did not expect. */
  get unmatchedRequests(): RecordedRequest[] {
    return this.#requests.filter((r) => r.route === undefined || r.status === 405);
  }

  /** Every 429 served, enforced or programmed. */
  get rateLimitHits(): readonly RateLimitHit[] {
    return this.#rateLimitHits;
  }

  failNext(rule: FailureRule): void {
    this.#failures.add(rule);
  }

  /** Switches enforcement at runtime with fresh buckets. */
  setRateLimits(options: boolean | RateLimitOptions): void {
    this.#limiter.configure(options);
  }

  /** Resolves with the probe's first value other than undefined/null/false, re-checked whenever the fake's state changes. */
  waitFor<T>(probe: () => T, timeoutMs = 2000, what = 'condition'): Promise<Exclude<T, undefined | null | false>> {
    return this.#signal.waitFor(probe, timeoutMs, what);
  }

  /** Idempotent. Destroy the discord.js client first, or it keeps reconnecting. */
  async close(): Promise<void> {
    this.#gateway.closeAll();
    await this.#server?.close();
  }
}

export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}
