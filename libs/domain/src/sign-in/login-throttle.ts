export interface LoginThrottlePolicy {
  /** Failed attempts allowed inside the window before sign-in is refused. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * 60 * 1000,
};

/** One client (address) may fail more often: a clinic's shared workstation signs many people in. */
export const CLIENT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  maxFailures: 30,
  windowMs: 15 * 60 * 1000,
};

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * Decides whether one more sign-in attempt may be tried, from the times of recent failures.
 * Locked out until the oldest failure that still counts leaves the window.
 */
export function decideLoginAttempt(
  failures: readonly Date[],
  now: Date,
  policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE,
): ThrottleDecision {
  const windowStart = now.getTime() - policy.windowMs;
  const recent = failures
    .map((f) => f.getTime())
    .filter((t) => t > windowStart && t <= now.getTime())
    .sort((a, b) => a - b);
  if (recent.length < policy.maxFailures) return { allowed: true };
  const oldestCounting = recent[recent.length - policy.maxFailures];
  return { allowed: false, retryAt: new Date(oldestCounting + policy.windowMs) };
}
