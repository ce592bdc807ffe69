/** Nested `{ field: { _errors: [...] } }` tree, as Discord returns for code 50035. */
export interface FormErrors {
  [key: string]: FormErrors | { code: string; message: string }[];
}

export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: FormErrors;
}

/** Thrown by route handlers; the request pipeline turns it into Discord-shaped JSON. */
export class DiscordError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: FormErrors,
  ) {
    super(message);
  }

  get body(): DiscordErrorBody {
    return this.errors
      ? { message: this.message, code: this.code, errors: this.errors }
      : { message: this.message, code: this.code };
  }
}

export const unauthorized = (): DiscordError => new DiscordError(401, 0, '401: Unauthorized');
export const notFound = (): DiscordError => new DiscordError(404, 0, '404: Not Found');
export const methodNotAllowed = (): DiscordError => new DiscordError(405, 0, '405: Method Not Allowed');
export const unknownApplication = (): DiscordError => new DiscordError(404, 10002, 'Unknown Application');
export const unknownChannel = (): DiscordError => new DiscordError(404, 10003, 'Unknown Channel');
export const unknownMessage = (): DiscordError => new DiscordError(404, 10008, 'Unknown Message');
export const unknownWebhook = (): DiscordError => new DiscordError(404, 10015, 'Unknown Webhook');
export const unknownInteraction = (): DiscordError => new DiscordError(404, 10062, 'Unknown interaction');
export const alreadyAcknowledged = (): DiscordError =>
  new DiscordError(400, 40060, 'Interaction has already been acknowledged.');
export const tooManyFollowups = (): DiscordError =>
  new DiscordError(400, 40094, 'This interaction has hit the maximum number of follow up messages');
export const missingAccess = (): DiscordError => new DiscordError(403, 50001, 'Missing Access');
export const emptyMessage = (): DiscordError => new DiscordError(400, 50006, 'Cannot send an empty message');
export const nonTextChannel = (): DiscordError =>
  new DiscordError(400, 50008, 'Cannot send messages in a non-text channel');
export const missingPermissions = (): DiscordError => new DiscordError(403, 50013, 'Missing Permissions');
export const invalidWebhookToken = (): DiscordError => new DiscordError(401, 50027, 'Invalid Webhook Token');
export const invalidFormBody = (errors: FormErrors): DiscordError =>
  new DiscordError(400, 50035, 'Invalid Form Body', errors);
export const invalidJson = (): DiscordError =>
  new DiscordError(400, 50109, 'The request body contains invalid JSON.');

/**
 * Collects field problems under their JSON paths and renders Discord's
 * 50035 error tree, so the bot sees the same shape it would in production.
 */
export class FormIssues {
  readonly #errors: FormErrors = {};
  #count = 0;

  add(path: readonly (string | number)[], code: string, message: string): void {
    let node = this.#errors;
    for (const key of path) {
      const child = node[String(key)];
      if (child === undefined || Array.isArray(child)) {
        const created: FormErrors = {};
        node[String(key)] = created;
        node = created;
      } else {
        node = child;
      }
    }
    const list = node._errors;
    if (Array.isArray(list)) list.push({ code, message });
    else node._errors = [{ code, message }];
    this.#count++;
  }

  throwIfAny(): void {
    if (this.#count > 0) throw invalidFormBody(this.#errors);
  }
}
