// Per-user spam control: at most `limit` uses per sliding `windowMs`.
export interface CooldownVerdict {
  allowed: boolean;
  /** When refused: how long until the oldest use leaves the window. */
  retryAfterMs: number;
}

export class Cooldown {
  private readonly uses = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  take(userId: string, now: number): CooldownVerdict {
    const recent = (this.uses.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.uses.set(userId, recent);
      return { allowed: false, retryAfterMs: this.windowMs - (now - (recent[0] as number)) };
    }
    recent.push(now);
    this.uses.set(userId, recent);
    if (this.uses.size > 10_000) this.forgetIdle(now);
    return { allowed: true, retryAfterMs: 0 };
  }

  /** Keeps memory bounded on a busy bot: users with no use in the window are dropped. */
  private forgetIdle(now: number): void {
    for (const [user, times] of this.uses) {
      if (times.every((t) => now - t >= this.windowMs)) this.uses.delete(user);
    }
  }
}
