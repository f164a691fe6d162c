package id.pantau.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-04-03T03:30:00Z");
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(5), 0);

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongestWait() {
        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plus(Duration.ofMinutes(2)));
        assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plus(Duration.ofMinutes(4)));
        assertThat(policy.nextAttempt(4, NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void noAttemptIsLeftAfterTheLastOne() {
        assertThat(policy.nextAttempt(5, NOW)).isEmpty();
        assertThat(policy.nextAttempt(6, NOW)).isEmpty();
    }

    @Test
    void manyFailuresDoNotOverflowTheWait() {
        RetryPolicy patient = new RetryPolicy(1_000, Duration.ofSeconds(1), Duration.ofHours(1), 0);

        assertThat(patient.nextAttempt(999, NOW)).contains(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void aPolicyWithoutAttemptsOrWithAShorterLongestWaitIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(5), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(10), Duration.ofMinutes(5), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(5), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jitterSpreadsTheWaitWithinItsShareBothWays() {
        RetryPolicy spread = new RetryPolicy(5, Duration.ofMinutes(10), Duration.ofHours(1), 0.2);

        assertThat(spread.nextAttempt(1, NOW, 0)).contains(NOW.plus(Duration.ofMinutes(8)));
        assertThat(spread.nextAttempt(1, NOW, 0.5)).contains(NOW.plus(Duration.ofMinutes(10)));
        assertThat(spread.nextAttempt(2, NOW, 0.999_999)).hasValueSatisfying(next ->
                assertThat(next).isBetween(NOW.plus(Duration.ofMinutes(23)), NOW.plus(Duration.ofMinutes(24))));
        for (int i = 0; i < 100; i++) {
            assertThat(spread.nextAttempt(3, NOW)).hasValueSatisfying(next -> assertThat(next)
                    .isBetween(NOW.plus(Duration.ofMinutes(32)), NOW.plus(Duration.ofMinutes(48))));
        }
    }
}
