import { STATUS_CODES } from 'node:http';
import { DiscordError } from './errors.ts';
import { pathSegments } from './router.ts';

export interface FailureRule {
  method?: string;
  /**
   * An exact path (`/channels/123/messages`), a route template
   * (`/channels/:channelId/messages`), or a RegExp tested on the path.
   */
  path?: string | RegExp;
  /** Shorthand for every route under `/channels/:channelId`. */
  channelId?: string;
  /** Defaults to 502 (a lost response). */
  status?: number;
  /** Discord error code and message; sensible defaults per status (403 → 50013 Missing Permissions, …). */
  code?: number;
  message?: string;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** For 429: seconds to wait (default 0.1), and whether it is a global limit. */
  retryAfter?: number;
  global?: boolean;
  /** Handle the request for real first (e.g. store the message), then fail: the bot cannot know it succeeded. */
  afterHandling?: boolean;
  /** Lose the response by destroying the socket instead of answering with `status`. */
  dropSocket?: boolean;
  /** Never answer at all, keeping the connection open (the bot stops mid-request). */
  hang?: boolean;
}

interface ActiveRule {
  rule: FailureRule;
  remaining: number;
}

function defaultError(status: number, path: string): DiscordError {
  switch (status) {
    case 400:
      return new DiscordError(400, 50035, 'Invalid Form Body');
    case 401:
      return new DiscordError(401, 0, '401: Unauthorized');
    case 403:
      return new DiscordError(403, 50013, 'Missing Permissions');
    case 404:
      if (path.startsWith('/channels/')) return new DiscordError(404, 10003, 'Unknown Channel');
      if (path.startsWith('/interactions/')) return new DiscordError(404, 10062, 'Unknown interaction');
      if (path.startsWith('/webhooks/')) return new DiscordError(404, 10015, 'Unknown Webhook');
      return new DiscordError(404, 0, '404: Not Found');
    default:
      return new DiscordError(status, 0, `${status}: ${STATUS_CODES[status] ?? 'Error'}`);
  }
}

export function failureError(rule: FailureRule, path: string): DiscordError {
  const status = rule.status ?? 502;
  const fallback = defaultError(status, path);
  return new DiscordError(status, rule.code ?? fallback.code, rule.message ?? fallback.message);
}

function sameSegments(a: string, b: string): boolean {
  return pathSegments(a).join('/') === pathSegments(b).join('/');
}

/** Failures programmed by tests, consumed in the order they were added. */
export class FailurePlan {
  readonly #rules: ActiveRule[] = [];

  add(rule: FailureRule): void {
    this.#rules.push({ rule, remaining: rule.times ?? 1 });
  }

  take(method: string, path: string, template: string | undefined): FailureRule | undefined {
    const index = this.#rules.findIndex(({ rule }) => {
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) return false;
      if (rule.channelId !== undefined && pathSegments(path).slice(0, 2).join('/') !== `channels/${rule.channelId}`) {
        return false;
      }
      if (rule.path instanceof RegExp) return rule.path.test(path);
      if (rule.path !== undefined) return sameSegments(rule.path, path) || rule.path === template;
      return true;
    });
    const active = this.#rules[index];
    if (!active) return undefined;
    if (--active.remaining <= 0) this.#rules.splice(index, 1);
    return active.rule;
  }
}
