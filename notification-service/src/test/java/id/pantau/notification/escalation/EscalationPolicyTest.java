package id.pantau.notification.escalation;

import id.pantau.calendar.IndonesianZone;
import id.pantau.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationPolicyTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.indonesia();
    private static final LocalTime EIGHT = LocalTime.of(8, 0);

    private static EscalationPolicy policy(IndonesianZone zone, int... days) {
        return new EscalationPolicy(java.util.Arrays.stream(days).boxed().toList(), zone.zoneId(), EIGHT, CALENDAR);
    }

    private static Instant at(String local, IndonesianZone zone) {
        return LocalDateTime.parse(local).atZone(zone.zoneId()).toInstant();
    }

    @Test
    void workingDaysSkipTheWeekendAndKeepTheTimeOfDay() {
        // Thursday 11 June 2026, 14:30 WIB: two working days later is Monday 15 June
        assertThat(policy(IndonesianZone.WIB, 2, 5).nextEscalation(1, at("2026-06-11T14:30", IndonesianZone.WIB)))
                .contains(at("2026-06-15T14:30", IndonesianZone.WIB));
        assertThat(policy(IndonesianZone.WIB, 3, 5).nextEscalation(1, at("2026-06-11T14:30", IndonesianZone.WIB)))
                .as("1 Muharam on Tuesday 16 June does not count").contains(at("2026-06-17T14:30", IndonesianZone.WIB));
    }

    @Test
    void nationalHolidaysAndCutiBersamaDoNotCount() {
        // Tuesday 17 March 2026; 18 (cuti bersama Nyepi), 19 (Nyepi), 20 (cuti bersama Idul Fitri), 21–22
        // (Idul Fitri, weekend), 23–24 (cuti bersama): the first working day after is Wednesday 25 March
        assertThat(policy(IndonesianZone.WIB, 1, 5).nextEscalation(1, at("2026-03-17T09:00", IndonesianZone.WIB)))
                .contains(at("2026-03-25T09:00", IndonesianZone.WIB));
    }

    @Test
    void theDaysAreCountedInTheRegionsOwnZone() {
        // 16:30 UTC on Thursday 11 June is 23:30 Thursday in WIB but already Friday 12 June in WITA (00:30) and WIT (01:30)
        Instant instant = Instant.parse("2026-06-11T16:30:00Z");
        assertThat(policy(IndonesianZone.WIB, 1, 1).nextEscalation(1, instant))
                .as("Thursday + 1 working day is Friday in Jakarta").contains(Instant.parse("2026-06-12T16:30:00Z"));
        assertThat(policy(IndonesianZone.WITA, 1, 1).nextEscalation(1, instant))
                .as("Friday + 1 working day is Monday in Makassar").contains(Instant.parse("2026-06-14T16:30:00Z"));
        assertThat(policy(IndonesianZone.WIT, 1, 1).nextEscalation(1, instant))
                .as("Friday + 1 working day is Monday in Jayapura").contains(Instant.parse("2026-06-14T16:30:00Z"));
    }

    @Test
    void aLevelReachedOnANonWorkingDayStartsCountingAtTheNextOfficeOpening() {
        // Saturday 13 June 2026 22:00 WIT: counting starts Monday 15 June 08:00 WIT; one working day later is Wednesday
        // 17 June (Tuesday 16 June is 1 Muharam)
        assertThat(policy(IndonesianZone.WIT, 1, 3).nextEscalation(1, at("2026-06-13T22:00", IndonesianZone.WIT)))
                .contains(at("2026-06-17T08:00", IndonesianZone.WIT));
    }

    @Test
    void eachLevelHasItsOwnCountAndTheLastLevelNeverEscalates() {
        EscalationPolicy policy = policy(IndonesianZone.WITA, 1, 3);
        Instant monday = at("2026-06-08T10:00", IndonesianZone.WITA);

        assertThat(policy.nextEscalation(1, monday)).contains(at("2026-06-09T10:00", IndonesianZone.WITA));
        assertThat(policy.nextEscalation(2, monday)).contains(at("2026-06-11T10:00", IndonesianZone.WITA));
        assertThat(policy.nextEscalation(3, monday)).isEmpty();
    }

    @Test
    void aPolicyNeedsAPositiveCountForEachOfTheTwoSteps() {
        assertThatThrownBy(() -> new EscalationPolicy(List.of(3), ZoneId.of("Asia/Jakarta"), EIGHT, CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscalationPolicy(List.of(0, 3), ZoneId.of("Asia/Jakarta"), EIGHT, CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
