package id.pantau.notification.delivery;

import id.pantau.calendar.IndonesianZone;
import id.pantau.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeHoursPolicyTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia();
    private static final LocalTime OPEN = LocalTime.of(7, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 0);

    private static OfficeHoursPolicy hours(IndonesianZone zone) {
        return new OfficeHoursPolicy(true, OPEN, CLOSE, zone.zoneId(), CALENDAR);
    }

    private static Instant at(String local, IndonesianZone zone) {
        return LocalDateTime.parse(local).atZone(zone.zoneId()).toInstant();
    }

    @Test
    void withinOfficeHoursAMessageGoesAtOnce() {
        Instant tuesdayMorning = at("2026-12-01T09:15", IndonesianZone.WIB);

        assertThat(hours(IndonesianZone.WIB).nextOpen(tuesdayMorning)).isEqualTo(tuesdayMorning);
    }

    @Test
    void beforeOpeningItWaitsForTheOpeningAndAfterClosingForTheNextWorkingDays() {
        assertThat(hours(IndonesianZone.WITA).nextOpen(at("2026-12-01T06:00", IndonesianZone.WITA)))
                .isEqualTo(at("2026-12-01T07:30", IndonesianZone.WITA));
        assertThat(hours(IndonesianZone.WITA).nextOpen(at("2026-12-01T16:00", IndonesianZone.WITA)))
                .isEqualTo(at("2026-12-02T07:30", IndonesianZone.WITA));
    }

    @Test
    void fridayEveningWaitsForMondayAndChristmasForTheNextWorkingDayInEachZone() {
        assertThat(hours(IndonesianZone.WIB).nextOpen(at("2026-11-27T20:00", IndonesianZone.WIB)))
                .isEqualTo(at("2026-11-30T07:30", IndonesianZone.WIB));
        // Wednesday 23 December after closing: 24 (cuti bersama), 25 (Christmas), 26–27 (weekend) are off
        assertThat(hours(IndonesianZone.WIT).nextOpen(at("2026-12-23T17:00", IndonesianZone.WIT)))
                .isEqualTo(at("2026-12-28T07:30", IndonesianZone.WIT));
        // the same moment is still within office hours in Java (15:00 WIB)
        assertThat(hours(IndonesianZone.WIB).nextOpen(at("2026-12-23T17:00", IndonesianZone.WIT)))
                .isEqualTo(at("2026-12-23T17:00", IndonesianZone.WIT));
    }

    @Test
    void aRegionThatOptsOutIsToldAtAnyHour() {
        Instant sundayNight = at("2026-11-29T23:00", IndonesianZone.WIB);

        assertThat(new OfficeHoursPolicy(false, OPEN, CLOSE, IndonesianZone.WIB.zoneId(), CALENDAR).nextOpen(sundayNight))
                .isEqualTo(sundayNight);
        assertThatThrownBy(() -> new OfficeHoursPolicy(true, CLOSE, OPEN, IndonesianZone.WIB.zoneId(), CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
