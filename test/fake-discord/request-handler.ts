import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { DiscordError, methodNotAllowed, notFound, unauthorized } from './errors.ts';
import { failureError } from './failures.ts';
import type { FailurePlan, FailureRule } from './failures.ts';
import { parseBody, send } from './http.ts';
import type { UploadedFile } from './http.ts';
import { tooManyRequests } from './rate-limit.ts';
import type { Limited, RateLimitHit, RateLimiter } from './rate-limit.ts';
import type { RestResponse, RouteHandler } from './rest.ts';
import type { Router } from './router.ts';
import type { Signal } from './signal.ts';

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, as sent (e.g. `@original` may arrive as `%40original`). */
  path: string;
  /** Matched route template such as `/channels/:channelId/messages`; absent when no route matched. */
  route?: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  files: UploadedFile[];
  at: number;
  /** Absent while in flight, or when the response was deliberately lost by dropping the socket. */
  status?: number;
}

export interface RestPipeline {
  router: Router<RouteHandler>;
  token: string;
  failures: FailurePlan;
  limiter: RateLimiter;
  signal: Signal;
  requests: RecordedRequest[];
  rateLimitHits: RateLimitHit[];
}

const API_PREFIX = '/api/v10';

/** Interaction callbacks and interaction webhooks authenticate with their token in the URL instead. */
const needsAuth = (template: string): boolean =>
  !template.startsWith('/interactions/') && !template.startsWith('/webhooks/');

export async function handleRest(p: RestPipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake');
  const method = req.method ?? 'GET';
  const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
  const entry: RecordedRequest = {
    method,
    path: versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body: undefined,
    files: [],
    at: Date.now(),
  };
  p.requests.push(entry);

  const respond = (status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void => {
    entry.status = status;
    send(res, status, body, headers);
    p.signal.notify();
  };
  const fail = (error: DiscordError, headers?: OutgoingHttpHeaders): void => respond(error.status, error.body, headers);

  try {
    const parsed = await parseBody(req);
    entry.body = parsed.body;
    entry.files = parsed.files;
  } catch (error) {
    if (error instanceof DiscordError) return fail(error);
    throw error;
  }
  p.signal.notify();

  const found = versioned ? p.router.lookup(method, entry.path) : ({ kind: 'none' } as const);
  if (found.kind === 'none') return fail(notFound());
  entry.route = found.template;
  if (found.kind === 'wrong-method') return fail(methodNotAllowed());
  if (needsAuth(found.template) && req.headers.authorization !== `Bot ${p.token}`) return fail(unauthorized());

  const serveLimited = (limited: Limited, programmed: boolean): void => {
    const { global, retryAfter } = limited;
    p.rateLimitHits.push({ at: Date.now(), method, path: entry.path, global, retryAfter, programmed });
    respond(429, limited.body, limited.headers);
  };
  const serveFailure = (rule: FailureRule): void => {
    if (rule.hang) {
      p.signal.notify();
      return;
    }
    if (rule.dropSocket) {
      req.socket.destroy();
      p.signal.notify();
      return;
    }
    const error = failureError(rule, entry.path);
    if (error.status !== 429) return fail(error);
    serveLimited(tooManyRequests(rule.retryAfter ?? 0.1, rule.global ?? false), true);
  };

  const rule = p.failures.take(method, entry.path, found.template);
  if (rule && !rule.afterHandling) return serveFailure(rule);

  const decision = p.limiter.take(method, found.template, found.params);
  if ('limited' in decision) return serveLimited(decision.limited, false);

  let result: RestResponse | DiscordError;
  try {
    result = found.handler({ params: found.params, query: url.searchParams, body: entry.body, files: entry.files });
  } catch (error) {
    if (!(error instanceof DiscordError)) throw error;
    result = error;
  }
  if (rule) return serveFailure(rule);
  if (result instanceof DiscordError) return fail(result, decision.headers);
  respond(result.status, result.body, decision.headers);
}
