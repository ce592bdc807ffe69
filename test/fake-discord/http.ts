import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { invalidJson, invalidFormBody } from './errors.ts';

export interface UploadedFile {
  /** The form field, `files[N]` as discord.js names them; N is the file's id in the body's `attachments`. */
  field: string;
  name: string;
  size: number;
  contentType: string;
  /** The bytes, so tests can look at what a user would see. */
  data: Buffer;
}

export interface ParsedBody {
  body: unknown;
  files: UploadedFile[];
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * JSON is what discord.js sends unless files are attached; then it sends
 * multipart with the JSON in `payload_json`, which we unwrap so handlers see
 * one shape.
 */
export async function parseBody(req: IncomingMessage): Promise<ParsedBody> {
  const raw = await readRaw(req);
  const contentType = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) return parseMultipart(raw, contentType);
  try {
    return { body: JSON.parse(raw.toString('utf8')), files: [] };
  } catch {
    throw invalidJson();
  }
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const body: Record<string, unknown> = {};
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value !== 'string') {
      files.push({ field, name: value.name, size: value.size, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
    } else if (field === 'payload_json') {
      try {
        Object.assign(body, JSON.parse(value));
      } catch {
        throw invalidFormBody({ payload_json: { _errors: [{ code: 'JSON_INVALID', message: 'Invalid JSON' }] } });
      }
    } else {
      body[field] = value;
    }
  }
  return { body, files };
}

/** A 204 must not claim a JSON body: @discordjs/rest would try to parse the empty payload. */
export function send(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const json = JSON.stringify(body);
  res
    .writeHead(status, {
      ...headers,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(json),
    })
    .end(json);
}
