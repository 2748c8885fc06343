export const DEFAULT_LOGIN_THROTTLE = {
    maxFailures: 5,
    windowMs: 15 * 60 * 1000,
};
/**
 * Decides whether one more sign-in attempt may be tried, from the times of recent failures.
 * Locked out until the oldest failure that still counts leaves the window.
 */
export function decideLoginAttempt(failures, now, policy = DEFAULT_LOGIN_THROTTLE) {
    const windowStart = now.getTime() - policy.windowMs;
    const recent = failures
        .map((f) => f.getTime())
        .filter((t) => t > windowStart && t <= now.getTime())
        .sort((a, b) => a - b);
    if (recent.length < policy.maxFailures)
        return { allowed: true };
    const oldestCounting = recent[recent.length - policy.maxFailures];
    return { allowed: false, retryAt: new Date(oldestCounting + policy.windowMs) };
}
//# sourceMappingURL=login-throttle.js.map