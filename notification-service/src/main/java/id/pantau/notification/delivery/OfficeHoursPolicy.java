package id.pantau.notification.delivery;

import id.pantau.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a region's offices are open: working days (national holidays and cuti bersama off) from {@code start} to
 * {@code end} in the region's zone. An immediate message that happens outside them waits for the next opening,
 * so nobody is woken at night or told on a Sunday; a region or recipient may opt out.
 *
 * @param enabled false when messages may go out at any hour
 */
public record OfficeHoursPolicy(boolean enabled, LocalTime start, LocalTime end, ZoneId zone, WorkingCalendar calendar) {

    public OfficeHoursPolicy {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("office hours must start before they end: " + start + "–" + end);
        }
    }

    /** {@code at} itself when offices are open then, else the next opening. */
    public Instant nextOpen(Instant at) {
        if (!enabled) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (calendar.isWorkingDay(day)) {
            LocalTime time = local.toLocalTime();
            if (time.isBefore(start)) {
                return day.atTime(start).atZone(zone).toInstant();
            }
            if (time.isBefore(end)) {
                return at;
            }
        }
        return calendar.plusWorkingDays(day, 1).atTime(start).atZone(zone).toInstant();
    }
}
