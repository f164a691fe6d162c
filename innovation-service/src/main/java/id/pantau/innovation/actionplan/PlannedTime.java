package id.pantau.innovation.actionplan;

import java.time.LocalDate;
import java.time.Period;

/** The target time of an action-plan row: a duration from the start, or a date; exactly one of them. */
public record PlannedTime(Period duration, LocalDate date) {

    static PlannedTime of(Period duration) {
        return new PlannedTime(duration, null);
    }

    static PlannedTime of(LocalDate date) {
        return new PlannedTime(null, date);
    }
}
