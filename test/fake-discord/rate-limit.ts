import type { OutgoingHttpHeaders } from 'node:http';
import { createHash } from 'node:crypto';
import type { Params } from './router.ts';

export interface RateWindow {
  limit: number;
  windowMs: number;
}

export interface RateLimitOptions {
  enabled?: boolean;
  /** Per bot, across routes (Discord: 50 per second). Interaction and webhook routes are exempt, as on Discord. */
  global?: Partial<RateWindow>;
  /** `POST /channels/:id/messages`, per channel (Discord: 5 per 5 s). */
  channelMessages?: Partial<RateWindow>;
  /** Every other route, per route and major parameter. */
  routes?: Partial<RateWindow>;
}

export interface RateLimitHit {
  at: number;
  method: string;
  path: string;
  global: boolean;
  /** Seconds the client was told to wait. */
  retryAfter: number;
  /** Served by `failNext` rather than by the limiter. */
  programmed: boolean;
}

export interface Limited {
  headers: OutgoingHttpHeaders;
  body: { message: string; retry_after: number; global: boolean };
  retryAfter: number;
  global: boolean;
}

interface Bucket {
  used: number;
  resetAt: number;
}

const DEFAULTS = {
  global: { limit: 50, windowMs: 1000 },
  channelMessages: { limit: 5, windowMs: 5000 },
  routes: { limit: 50, windowMs: 1000 },
} as const;

const MESSAGE_ROUTE = 'POST /channels/:channelId/messages';

/** Discord sends decimal seconds in X-RateLimit-Reset-After; Retry-After gets decimals too, so short test windows stay short. */
const seconds = (ms: number): number => Math.ceil(ms) / 1000;

const bucketHash = (route: string): string => createHash('md5').update(route).digest('hex');

export function tooManyRequests(retryAfter: number, global: boolean, extra: OutgoingHttpHeaders = {}): Limited {
  return {
    headers: {
      ...extra,
      'retry-after': String(retryAfter),
      'x-ratelimit-scope': global ? 'global' : 'user',
      ...(global ? { 'x-ratelimit-global': 'true' } : {}),
    },
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global },
    retryAfter,
    global,
  };
}

/**
 * Fixed-window buckets with Discord's headers, so @discordjs/rest can pace
 * itself before hitting a 429, exactly as it does against production.
 */
export class RateLimiter {
  #enabled = false;
  #global: RateWindow = { ...DEFAULTS.global };
  #channelMessages: RateWindow = { ...DEFAULTS.channelMessages };
  #routes: RateWindow = { ...DEFAULTS.routes };
  #globalBucket: Bucket = { used: 0, resetAt: 0 };
  readonly #buckets = new Map<string, Bucket>();

  get enabled(): boolean {
    return this.#enabled;
  }

  /** Starts from fresh buckets, so a test's limits do not inherit earlier traffic. */
  configure(options: boolean | RateLimitOptions): void {
    const o = typeof options === 'boolean' ? { enabled: options } : options;
    this.#enabled = o.enabled ?? true;
    this.#global = { ...DEFAULTS.global, ...o.global };
    this.#channelMessages = { ...DEFAULTS.channelMessages, ...o.channelMessages };
    this.#routes = { ...DEFAULTS.routes, ...o.routes };
    this.#globalBucket = { used: 0, resetAt: 0 };
    this.#buckets.clear();
  }

  /** Returns the headers to send, or the 429 to serve instead. */
  take(method: string, template: string, params: Params): { headers: OutgoingHttpHeaders } | { limited: Limited } {
    if (!this.#enabled) return { headers: {} };
    const now = Date.now();
    const route = `${method} ${template}`;
    if (!template.startsWith('/interactions/') && !template.startsWith('/webhooks/')) {
      const global = this.#consume(this.#globalBucket, this.#global, now);
      if (!global.allowed) return { limited: tooManyRequests(seconds(global.resetAfterMs), true) };
    }
    const isMessage = route === MESSAGE_ROUTE;
    const window = isMessage ? this.#channelMessages : this.#routes;
    const webhook = params.token !== undefined ? `${params.applicationId}/${params.token}` : undefined;
    const major = params.channelId ?? params.guildId ?? webhook ?? 'none';
    const key = `${route}:${major}`;
    const bucket = this.#buckets.get(key) ?? { used: 0, resetAt: 0 };
    this.#buckets.set(key, bucket);
    const result = this.#consume(bucket, window, now);
    const headers: OutgoingHttpHeaders = {
      'x-ratelimit-limit': String(window.limit),
      'x-ratelimit-remaining': String(window.limit - bucket.used),
      'x-ratelimit-reset': (bucket.resetAt / 1000).toFixed(3),
      'x-ratelimit-reset-after': seconds(result.resetAfterMs).toFixed(3),
      'x-ratelimit-bucket': bucketHash(route),
    };
    if (!result.allowed) return { limited: tooManyRequests(seconds(result.resetAfterMs), false, headers) };
    return { headers };
  }

  #consume(bucket: Bucket, window: RateWindow, now: number): { allowed: boolean; resetAfterMs: number } {
    if (now >= bucket.resetAt) {
      bucket.used = 0;
      bucket.resetAt = now + window.windowMs;
    }
    const allowed = bucket.used < window.limit;
    if (allowed) bucket.used++;
    return { allowed, resetAfterMs: bucket.resetAt - now };
  }
}
