package id.pantau.calendar;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    @Test
    void theShippedYearsHaveTheDecreedNumberOfDaysOff() {
        assertThat(calendar.covers(2025)).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2019)).isFalse();
        assertThat(daysOff(2025, Holiday.Kind.LIBUR_NASIONAL)).isEqualTo(17);
        assertThat(daysOff(2025, Holiday.Kind.CUTI_BERSAMA)).isEqualTo(10);
        assertThat(daysOff(2026, Holiday.Kind.LIBUR_NASIONAL)).isEqualTo(17);
        assertThat(daysOff(2026, Holiday.Kind.CUTI_BERSAMA)).isEqualTo(8);
    }

    @Test
    void weekendsHolidaysAndCutiBersamaAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).as("a Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).as("a Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 17))).as("Proklamasi").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 24))).as("cuti bersama Natal").isFalse();
        assertThat(calendar.holiday(LocalDate.of(2026, 3, 23))).get()
                .extracting(Holiday::kind).isEqualTo(Holiday.Kind.CUTI_BERSAMA);
    }

    @Test
    void countingWorkingDaysSkipsTheLebaranWeekAndTheWeekends() {
        // Lebaran 2026: Wed 18 (cuti) Thu 19 (Nyepi) Fri 20 (cuti) Sat 21 Sun 22 (Idul Fitri) Mon 23 Tue 24 (cuti)
        LocalDate tuesday17March = LocalDate.of(2026, 3, 17);

        assertThat(calendar.plusWorkingDays(tuesday17March, 1)).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(calendar.plusWorkingDays(tuesday17March, 3)).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(calendar.workingDaysBetween(tuesday17March, LocalDate.of(2026, 3, 31))).isEqualTo(5);
    }

    @Test
    void theGraceAfterAMonthEndCrossesAWeekend() {
        // April 2026 ends on a Thursday; 1 May is Hari Buruh, 2-3 May a weekend
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 30), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 30), 0)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 1))).isZero();
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 4, 30), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theThreeZonesAreFoundByNameOrIanaId() {
        assertThat(IndonesianZone.of("WITA")).contains(IndonesianZone.WITA);
        assertThat(IndonesianZone.of("Asia/Jayapura")).contains(IndonesianZone.WIT);
        assertThat(IndonesianZone.of("Europe/Berlin")).isEmpty();
        assertThat(IndonesianZone.WIB.zoneId().getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds())
                .isEqualTo(7 * 3600);
    }

    private long daysOff(int year, Holiday.Kind kind) {
        return IntStream.rangeClosed(1, LocalDate.of(year, 12, 31).getDayOfYear())
                .mapToObj(day -> LocalDate.ofYearDay(year, day))
                .filter(date -> calendar.holiday(date).filter(holiday -> holiday.kind() == kind).isPresent())
                .count();
    }
}
