package id.pantau.notification.delivery;

import id.pantau.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a region's daily digest goes out: once each working day (national holidays and cuti bersama off) at
 * {@code time} in the region's zone. What happens on a weekend or a holiday waits for the next working day's
 * digest.
 */
public record DigestSchedule(LocalTime time, ZoneId zone, WorkingCalendar calendar) {

    /** The working day whose digest is due at {@code now}: today, once today is a working day past its digest time. */
    public Optional<LocalDate> dueDay(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        return calendar.isWorkingDay(local.toLocalDate()) && !local.toLocalTime().isBefore(time)
                ? Optional.of(local.toLocalDate()) : Optional.empty();
    }

    /** The moment of a day's digest. */
    public Instant at(LocalDate day) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /** The first digest after {@code after}. */
    public Instant next(Instant after) {
        ZonedDateTime local = after.atZone(zone);
        LocalDate day = local.toLocalDate();
        return calendar.isWorkingDay(day) && local.toLocalTime().isBefore(time)
                ? at(day) : at(calendar.plusWorkingDays(day, 1));
    }
}
