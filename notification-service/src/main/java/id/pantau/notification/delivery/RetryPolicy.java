package id.pantau.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed mail again: after {@code firstRetry}, doubling with each failure up to
 * {@code maxRetry}, and not at all once {@code maxAttempts} attempts were made.
 */
public record RetryPolicy(int maxAttempts, Duration firstRetry, Duration maxRetry) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("retry policy needs maxAttempts >= 1 and 0 < firstRetry <= maxRetry");
        }
    }

    /** @param attemptsMade how many attempts failed so far, this one included */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = firstRetry;
        for (int i = 1; i < attemptsMade && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(now.plus(wait.compareTo(maxRetry) > 0 ? maxRetry : wait));
    }
}
