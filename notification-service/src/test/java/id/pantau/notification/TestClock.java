package id.pantau.notification;

import id.pantau.defaults.time.Moments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in the integration tests: the real time, unless a test moves it (e.g. to the morning of
 * the next working day, for the digest) — and puts it back when done, since every other test lives in the present.
 */
final class TestClock extends Clock {

    static final TestClock INSTANCE = new TestClock();

    private final Clock real = Moments.clock();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private TestClock() {
    }

    /** From now on the service lives at {@code at}, and time goes on from there. */
    void moveTo(Instant at) {
        offset.set(Duration.between(real.instant(), at));
    }

    void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service keeps its clock in UTC");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        Clock testClock() {
            return INSTANCE;
        }
    }
}
