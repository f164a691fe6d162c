package id.pantau.notification.escalation;

import id.pantau.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When an unacknowledged alert goes up a level, for one region: level 1 (the OPD head) → 2 (the inspectorate of
 * the kabupaten/kota) → 3 (the provincial inspectorate), after the region's number of working days at each level,
 * counted in the region's time zone with the national holidays and cuti bersama. Level 3 is the last: nothing
 * escalates beyond it, so there is no loop. A level reached outside a working day starts counting at the next
 * working day's office opening.
 *
 * @param workingDays the working days spent at level 1, then at level 2, before the next
 */
public record EscalationPolicy(List<Integer> workingDays, ZoneId zone, LocalTime officeStart,
                               WorkingCalendar calendar) {

    public static final int FIRST_LEVEL = 1;
    public static final int LAST_LEVEL = 3;

    public EscalationPolicy {
        workingDays = List.copyOf(workingDays);
        if (workingDays.size() != LAST_LEVEL - FIRST_LEVEL || workingDays.stream().anyMatch(days -> days < 1)) {
            throw new IllegalArgumentException("escalation needs " + (LAST_LEVEL - FIRST_LEVEL)
                    + " positive working-day counts (level 1, level 2), got " + workingDays);
        }
    }

    /** When an alert that reached {@code level} at {@code since} goes up, unless acknowledged; empty at the last level. */
    public Optional<Instant> nextEscalation(int level, Instant since) {
        if (level >= LAST_LEVEL) {
            return Optional.empty();
        }
        ZonedDateTime local = since.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (!calendar.isWorkingDay(day)) {
            day = calendar.plusWorkingDays(day, 1);
            time = officeStart;
        }
        LocalDate due = calendar.plusWorkingDays(day, workingDays.get(level - FIRST_LEVEL));
        return Optional.of(due.atTime(time).atZone(zone).toInstant());
    }
}
