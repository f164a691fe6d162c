package id.pantau.reporting.actionplan;

import id.pantau.events.Period;
import java.time.Instant;

/**
 * Orders the per-period facts of one indicator (measurements, slips and recoveries) as a string MongoDB can
 * compare: by the end of the period, then by when the fact was recorded, so that a correction of the same period
 * wins over the value it corrects and a late fact about an earlier period never replaces a later one.
 */
final class OrderKey {

    private OrderKey() {
    }

    static String of(Period period, Instant at) {
        return periodEnd(period) + "|" + String.format("%020d", at == null ? 0 : at.toEpochMilli());
    }

    /** The prefix of the keys of a period: every key of this period or a later one compares at or above it. */
    static String periodEnd(Period period) {
        return period.end().toString();
    }
}
