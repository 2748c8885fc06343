import fc from 'fast-check';
import { decideLoginAttempt } from './login-throttle.js';
const policy = { maxFailures: 3, windowMs: 60_000 };
const now = new Date('2026-11-24T10:00:00Z');
const secondsAgo = (s) => new Date(now.getTime() - s * 1000);
describe('decideLoginAttempt', () => {
    it('allows attempts below the limit', () => {
        expect(decideLoginAttempt([secondsAgo(5), secondsAgo(10)], now, policy)).toEqual({
            allowed: true,
        });
    });
    it('locks out at the limit until the oldest counting failure leaves the window', () => {
        const decision = decideLoginAttempt([secondsAgo(50), secondsAgo(20), secondsAgo(5)], now, policy);
        expect(decision).toEqual({ allowed: false, retryAt: new Date(now.getTime() + 10_000) });
    });
    it('ignores failures older than the window', () => {
        const old = [secondsAgo(61), secondsAgo(90), secondsAgo(300), secondsAgo(5)];
        expect(decideLoginAttempt(old, now, policy).allowed).toBe(true);
    });
    it('is allowed again exactly when it says it will be', () => {
        fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 10 }), (ages) => {
            const failures = ages.map(secondsAgo);
            const decision = decideLoginAttempt(failures, now, policy);
            if (decision.allowed)
                return;
            expect(decision.retryAt.getTime()).toBeGreaterThan(now.getTime());
            expect(decideLoginAttempt(failures, decision.retryAt, policy).allowed).toBe(true);
            const justBefore = new Date(decision.retryAt.getTime() - 1);
            expect(decideLoginAttempt(failures, justBefore, policy).allowed).toBe(false);
        }));
    });
});
//# sourceMappingURL=login-throttle.spec.js.map