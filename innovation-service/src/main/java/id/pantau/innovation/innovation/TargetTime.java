package id.pantau.innovation.innovation;

import java.time.LocalDate;
import java.time.Period;

/**
 * The target time of an action plan, given as a duration from the start, ends on its last whole day: the
 * start date plus the duration, minus one day ("6 months from 1 January" ends on 30 June).
 */
public final class TargetTime {

    private TargetTime() {
    }

    /**
     * When the months land on a day the month lacks ("1 month from 31 January"), the plan runs to the last
     * day of that month (28 February) rather than the day before it.
     *
     * @throws java.time.DateTimeException when the duration leaves the supported date range
     */
    public static LocalDate targetDate(LocalDate startDate, Period duration) {
        LocalDate afterMonths = startDate.plusMonths(duration.toTotalMonths());
        boolean dayMissing = afterMonths.getDayOfMonth() < startDate.getDayOfMonth();
        LocalDate lastDayOfMonths = dayMissing ? afterMonths : afterMonths.minusDays(1);
        return lastDayOfMonths.plusDays(duration.getDays());
    }
}
