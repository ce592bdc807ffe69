// The only module that reads the environment. Everything is validated here,
// once, and a problem stops the start with one line naming the variable, in
// plain words, with the value it got — except the token's, which is never shown.
import { existsSync } from 'node:fs';
import { LANGS } from '../knowledge/schema.ts';
import { z } from 'zod';
import { isTimeZone, parseTime } from '../briefing/calendar.ts';
import { OperatorError } from '../errors.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LANGUAGES = LANGS;

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });
/** A whole number written in digits, within bounds. */
const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message);
const hhmm = z.string().transform((value, ctx) => {
  const time = parseTime(value);
  if (time === undefined) ctx.addIssue({ code: 'custom', message: 'must be a time written HH:MM, from 00:00 to 23:59' });
  return time ?? value;
});

const EnvSchema = z
  .object({
    DISCORD_TOKEN: z
      .string()
      .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'does not look like a bot token (three parts separated by dots): copy it again from the developer portal, Bot → Reset Token')
      .optional(),
    DISCORD_APPLICATION_ID: snowflake.optional(),
    DISCORD_GUILD_ID: snowflake.optional(),
    DISCORD_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default('https://discord.com/api'),
    LOG_LEVEL: oneOf(LOG_LEVELS).default('info'),
    DEFAULT_LANGUAGE: oneOf(LANGUAGES).default('fr'),
    DATABASE_PATH: z.string().min(1).default('./data/bot.sqlite'),
    /** The knowledge folder; the project's own knowledge/ unless set (e.g. a mounted volume, edited then reloaded with SIGHUP). */
    KNOWLEDGE_DIR: z.string().refine((dir) => existsSync(dir), 'must be an existing folder (the knowledge base: sources.yaml, facts.yaml…)').optional(),
    BRIEFING_CHANNEL_ID: snowflake.optional(),
    BRIEFING_TIME: hhmm.default('08:00'),
    BRIEFING_TIMEZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Asia/Ho_Chi_Minh').default('Asia/Ho_Chi_Minh'),
    BRIEFING_LANGUAGE: oneOf(LANGUAGES).default('fr'),
    BRIEFING_CATCHUP_HOURS: z
      .string()
      .regex(/^\d+(\.\d+)?$/, 'must be a number of hours from 0 to 24')
      .transform(Number)
      .refine((hours) => hours <= 24, 'must be a number of hours from 0 to 24')
      .default(6),
    /** Off unless set; 0 picks a free port (logged at start). */
    HEALTH_PORT: wholeNumber(0, 65_535, 'must be a port number from 1 to 65535 (or 0 for any free port)').optional(),
    HEALTH_HOST: z.string().min(1).default('127.0.0.1'),
  })
  .superRefine((env, ctx) => {
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required when DISCORD_TOKEN is set' });
    }
  });

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends OperatorError {
  override name = 'ConfigError';
}

/** Variables whose value never appears in a message. */
const SECRET = new Set(['DISCORD_TOKEN']);

/** Validates an environment; empty values count as unset, as in most .env files. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = EnvSchema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  const value = present[name];
  const got = value === undefined || SECRET.has(name) ? '' : `, got '${value}'`;
  throw new ConfigError(`Configuration error: ${name} ${issue?.message ?? 'is invalid'}${got}`);
}

/** Reads .env (if present) into the process environment — variables already set win — then validates it. */
export function loadConfig(): Config {
  if (existsSync('.env')) process.loadEnvFile('.env');
  return parseConfig(process.env);
}
