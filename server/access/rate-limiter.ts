// Fixed-window rate limits: N hits per window per key (a user, a client address).

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the window resets, in Unix seconds. */
  resetAt: number;
  /** Seconds until the window resets. */
  retryAfter: number;
  /** The first hit refused in this window (worth one audit record, not one per hit). */
  firstRefusal: boolean;
}

/** Keys tracked at most; past it, finished windows are swept, and if none has finished, all are forgotten (memory stays bounded whatever clients do). */
const MAX_KEYS = 100_000;

export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  /** limit 0 means no limit. */
  constructor(
    readonly limit: number,
    private readonly windowMs: number,
  ) {}

  hit(key: string, now = Date.now()): RateDecision {
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      if (!window && this.windows.size >= MAX_KEYS) this.sweep(now);
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const resetMs = window.startedAt + this.windowMs;
    return {
      allowed: this.limit === 0 || window.count <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.count),
      resetAt: Math.ceil(resetMs / 1000),
      retryAfter: Math.max(1, Math.ceil((resetMs - now) / 1000)),
      firstRefusal: this.limit !== 0 && window.count === this.limit + 1,
    };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    if (this.windows.size >= MAX_KEYS) this.windows.clear();
  }
}

/** The seeds' headers, on every response a limit applies to. */
export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'X-RateLimit-Limit': String(decision.limit),
    'X-RateLimit-Remaining': String(decision.remaining),
    'X-RateLimit-Reset': String(decision.resetAt),
  };
  if (!decision.allowed) headers['Retry-After'] = String(decision.retryAfter);
  return headers;
}
