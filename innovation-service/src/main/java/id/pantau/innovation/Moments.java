package id.pantau.innovation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps as they are stored: MongoDB keeps milliseconds, so a created record reads back as answered. */
public final class Moments {

    private Moments() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
