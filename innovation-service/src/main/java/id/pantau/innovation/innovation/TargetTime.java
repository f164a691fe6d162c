package id.pantau.innovation.innovation;

import java.time.LocalDate;
import java.time.Period;

/** The target time of an action plan, given as a duration from the start, ends on its last whole day. */
public final class TargetTime {

    private TargetTime() {
    }

    /**
     * "6 months from 1 January" ends on 30 June: the start day counts as the first day of the duration.
     *
     * @throws java.time.DateTimeException when the duration leaves the supported date range
     */
    public static LocalDate targetDate(LocalDate startDate, Period duration) {
        return startDate.plus(duration).minusDays(1);
    }
}
