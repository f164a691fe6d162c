package id.pantau.defaults.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps as they are stored: MongoDB keeps milliseconds, so a record answered to a POST must carry
 * milliseconds too to equal what a later GET reads back.
 */
public final class Moments {

    private Moments() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The same for a service that takes the time from an injected {@link Clock} (so tests can fix it). */
    public static Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
