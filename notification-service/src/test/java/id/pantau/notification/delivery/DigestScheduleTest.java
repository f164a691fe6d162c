package id.pantau.notification.delivery;

import id.pantau.calendar.IndonesianZone;
import id.pantau.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigestScheduleTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia();

    private static DigestSchedule eightOClock(IndonesianZone zone) {
        return new DigestSchedule(LocalTime.of(8, 0), zone.zoneId(), CALENDAR);
    }

    private static Instant at(String local, IndonesianZone zone) {
        return LocalDateTime.parse(local).atZone(zone.zoneId()).toInstant();
    }

    @Test
    void aWorkingDaysDigestIsDueFromItsTimeInTheRegionsZone() {
        // Monday 30 November 2026
        assertThat(eightOClock(IndonesianZone.WIB).dueDay(at("2026-11-30T07:59", IndonesianZone.WIB))).isEmpty();
        assertThat(eightOClock(IndonesianZone.WIB).dueDay(at("2026-11-30T08:00", IndonesianZone.WIB)))
                .contains(LocalDate.of(2026, 11, 30));
        // 08:30 WIB is already 10:30 WIT but only 09:30 WITA: all three are due, in their own zone's day
        Instant halfPastEightWib = at("2026-11-30T08:30", IndonesianZone.WIB);
        assertThat(eightOClock(IndonesianZone.WIT).dueDay(halfPastEightWib)).contains(LocalDate.of(2026, 11, 30));
        assertThat(eightOClock(IndonesianZone.WITA).dueDay(halfPastEightWib)).contains(LocalDate.of(2026, 11, 30));
        // 07:30 WIB is 09:30 WIT: Papua's digest is due, Java's is not
        Instant halfPastSevenWib = at("2026-11-30T07:30", IndonesianZone.WIB);
        assertThat(eightOClock(IndonesianZone.WIT).dueDay(halfPastSevenWib)).contains(LocalDate.of(2026, 11, 30));
        assertThat(eightOClock(IndonesianZone.WIB).dueDay(halfPastSevenWib)).isEmpty();
        assertThat(eightOClock(IndonesianZone.WITA).at(LocalDate.of(2026, 11, 30)))
                .isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }

    @Test
    void noDigestOnAWeekendTheNextIsMondays() {
        // Saturday 28 November 2026
        assertThat(eightOClock(IndonesianZone.WITA).dueDay(at("2026-11-28T09:00", IndonesianZone.WITA))).isEmpty();
        assertThat(eightOClock(IndonesianZone.WITA).next(at("2026-11-27T08:00", IndonesianZone.WITA)))
                .as("Friday's digest went out: the next is Monday's").isEqualTo(at("2026-11-30T08:00", IndonesianZone.WITA));
        assertThat(eightOClock(IndonesianZone.WITA).next(at("2026-11-27T07:00", IndonesianZone.WITA)))
                .isEqualTo(at("2026-11-27T08:00", IndonesianZone.WITA));
    }

    @Test
    void noDigestOnHolidaysAndCutiBersama() {
        // Thursday 24 (cuti bersama) and Friday 25 December 2026 (Christmas), then the weekend
        assertThat(eightOClock(IndonesianZone.WIT).dueDay(at("2026-12-24T10:00", IndonesianZone.WIT))).isEmpty();
        assertThat(eightOClock(IndonesianZone.WIT).dueDay(at("2026-12-25T10:00", IndonesianZone.WIT))).isEmpty();
        assertThat(eightOClock(IndonesianZone.WIT).next(at("2026-12-23T09:00", IndonesianZone.WIT)))
                .isEqualTo(at("2026-12-28T08:00", IndonesianZone.WIT));
    }
}
