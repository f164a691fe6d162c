package id.pantau.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: after {@code firstRetry}, doubling with each failure up to
 * {@code maxRetry}, spread by up to ± {@code jitter} of the wait so that many deliveries failing together (a
 * receiver's outage) do not all come back at once; and not at all once {@code maxAttempts} attempts were made.
 */
public record RetryPolicy(int maxAttempts, Duration firstRetry, Duration maxRetry, double jitter) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0
                || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException(
                    "retry policy needs maxAttempts >= 1, 0 < firstRetry <= maxRetry and 0 <= jitter < 1");
        }
    }

    /** @param attemptsMade how many attempts failed so far, this one included */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        return nextAttempt(attemptsMade, now, ThreadLocalRandom.current().nextDouble());
    }

    /** @param random a number in [0, 1) that places the wait within its jitter */
    Optional<Instant> nextAttempt(int attemptsMade, Instant now, double random) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = firstRetry;
        for (int i = 1; i < attemptsMade && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        Duration capped = wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
        long millis = capped.toMillis();
        return Optional.of(now.plusMillis(Math.round(millis * (1 - jitter + 2 * jitter * random))));
    }
}
