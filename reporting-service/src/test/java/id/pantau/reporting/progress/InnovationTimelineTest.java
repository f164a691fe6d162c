package id.pantau.reporting.progress;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InnovationTimelineTest {

    private static final InnovationTimeline SIX_MONTHS = timeline("2026-01-01", "2026-06-30");

    @Test
    void timeUsedIsDaysFromStartToTodayOverDaysFromStartToTarget() {
        assertThat(SIX_MONTHS.timeUsedPercent(LocalDate.of(2026, 1, 1))).isZero();
        assertThat(SIX_MONTHS.timeUsedPercent(LocalDate.of(2026, 3, 31))).isEqualTo(49); // 89 of 180 days
        assertThat(SIX_MONTHS.timeUsedPercent(LocalDate.of(2026, 6, 30))).isEqualTo(100);
    }

    @Test
    void timeUsedIsClampedBetweenZeroAndOneHundred() {
        assertThat(SIX_MONTHS.timeUsedPercent(LocalDate.of(2025, 11, 1))).isZero();
        assertThat(SIX_MONTHS.timeUsedPercent(LocalDate.of(2027, 1, 1))).isEqualTo(100);
    }

    @Test
    void aTargetOnTheStartDayIsAllUsedFromThatDay() {
        InnovationTimeline sameDay = timeline("2026-01-01", "2026-01-01");

        assertThat(sameDay.timeUsedPercent(LocalDate.of(2025, 12, 31))).isZero();
        assertThat(sameDay.timeUsedPercent(LocalDate.of(2026, 1, 1))).isEqualTo(100);
    }

    @Test
    void targetTimeInWordsAsActionPlansWriteIt() {
        assertThat(SIX_MONTHS.targetTimeInWords()).isEqualTo("6 bulan");
        assertThat(timeline("2026-01-01", "2026-12-31").targetTimeInWords()).isEqualTo("1 tahun");
        assertThat(timeline("2026-01-01", "2027-12-31").targetTimeInWords()).isEqualTo("2 tahun");
        assertThat(timeline("2026-01-01", "2027-06-30").targetTimeInWords()).isEqualTo("18 bulan");
        assertThat(timeline("2026-01-01", "2026-03-15").targetTimeInWords()).isEqualTo("2 bulan 15 hari");
        assertThat(timeline("2026-01-01", "2026-01-14").targetTimeInWords()).isEqualTo("14 hari");
    }

    @Test
    void aTargetDateWrittenAsTheDayAfterReadsTheSame() {
        assertThat(timeline("2026-01-01", "2026-07-01").targetTimeInWords()).isEqualTo("6 bulan");
        assertThat(timeline("2026-01-01", "2027-01-01").targetTimeInWords()).isEqualTo("1 tahun");
    }

    @Test
    void aTimelineNeedsBothDates() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InnovationTimeline(LocalDate.of(2026, 1, 1), null));
    }

    private static InnovationTimeline timeline(String start, String target) {
        return new InnovationTimeline(LocalDate.parse(start), LocalDate.parse(target));
    }
}
