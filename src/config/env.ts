// The only module that reads the environment. Everything is validated here,
// once, and a problem stops the start with one line naming the variable.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { isTimeZone, parseTime } from '../briefing/calendar.ts';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const hhmm = z.string().transform((value, ctx) => {
  const time = parseTime(value);
  if (time === undefined) ctx.addIssue({ code: 'custom', message: 'must be a time written HH:MM, from 00:00 to 23:59' });
  return time ?? value;
});

const EnvSchema = z
  .object({
    DISCORD_TOKEN: z
      .string()
      .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'does not look like a bot token (three dot-separated parts)')
      .optional(),
    DISCORD_APPLICATION_ID: snowflake.optional(),
    DISCORD_GUILD_ID: snowflake.optional(),
    DISCORD_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default('https://discord.com/api'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DEFAULT_LANGUAGE: z.enum(['fr', 'en']).default('fr'),
    DATABASE_PATH: z.string().min(1).default('./data/bot.sqlite'),
    BRIEFING_CHANNEL_ID: snowflake.optional(),
    BRIEFING_TIME: hhmm.default('08:00'),
    BRIEFING_TIMEZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Asia/Ho_Chi_Minh').default('Asia/Ho_Chi_Minh'),
    BRIEFING_LANGUAGE: z.enum(['fr', 'en']).default('fr'),
    BRIEFING_CATCHUP_HOURS: z.coerce.number().min(0).max(24).default(6),
  })
  .superRefine((env, ctx) => {
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required when DISCORD_TOKEN is set' });
    }
  });

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates an environment; empty values count as unset, as in most .env files. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = EnvSchema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  // Never echo the value: it may be a token.
  throw new ConfigError(`Configuration error: ${name} ${issue?.message ?? 'is invalid'}`);
}

/** Reads .env (if present) into the process environment, then validates it. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}
