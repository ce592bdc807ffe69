const DISCORD_EPOCH = 1_420_070_400_000n;

let last = 0n;

/**
 * Real-looking snowflakes: @discordjs/rest only recognises 17–19 digit ids as
 * major parameters, so short fake ids would silently merge rate-limit buckets.
 * Monotonic per process so ids never collide, even across fakes in one run.
 */
export function snowflake(at: number = Date.now()): string {
  const candidate = (BigInt(at) - DISCORD_EPOCH) << 22n;
  last = candidate > last ? candidate : last + 1n;
  return last.toString();
}
