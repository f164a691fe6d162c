package id.pantau.monitoring.measurement;

import id.pantau.defaults.security.Caller;
import id.pantau.events.Period;
import id.pantau.monitoring.indicator.Indicator;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A measurement that passed the rules, before it is stored: of which indicator and period, the value, and where it
 * came from. {@code source} is the submitting system (the row's own, else the caller's client): with the indicator
 * and period it is the natural key that tells a resend from a conflicting value. {@code measuredAt} is null when
 * the sender did not say when it measured.
 */
record Submission(Indicator indicator, Period period, BigDecimal value, String note, String evidenceUrl,
                  Instant measuredAt, String source) {

    /** The source a sender named, else the caller's client (its system), else the caller itself. */
    static String sourceOf(String named, Caller caller) {
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        return caller.client() != null ? caller.client() : caller.subject();
    }
}
