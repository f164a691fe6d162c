package id.pantau.monitoring;

import static id.pantau.monitoring.IndicatorFixtures.serviceTime;
import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.calendar.WorkingCalendar;
import id.pantau.events.IndicatorHealth;
import id.pantau.events.Period;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.monitoring.compliance.ReportDeadline;
import id.pantau.monitoring.compliance.ReportState;
import id.pantau.monitoring.judging.Forecast;
import id.pantau.monitoring.judging.HealthThresholds;
import id.pantau.monitoring.judging.IndicatorJudge;
import id.pantau.monitoring.judging.Judgement;
import id.pantau.monitoring.judging.Slip;
import id.pantau.monitoring.judging.Tolerance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of the README: Dinas PTSP's service time, baseline 10 days, target 5 days by 30 June 2026
 * (6 months from 1 January), reported monthly in Kota Bandung (WIB, tolerance 0.10, grace 10 working days).
 */
class PtspWorkedExampleTest {

    private final IndicatorJudge judge = new IndicatorJudge(Tolerance.of("0.10"), HealthThresholds.DEFAULTS);
    private final List<Forecast.Point> history = new ArrayList<>();
    private Slip slip;

    @Test
    void monthByMonth() {
        month("2026-01", "10", "9.1667", "0.0000", "90.91", IndicatorHealth.AT_RISK, Severity.RED);
        month("2026-02", "9.5", "8.3889", "0.3103", "86.75", IndicatorHealth.AT_RISK, Severity.RED);
        month("2026-03", "7", "7.5278", "1.2135", "107.01", IndicatorHealth.ON_TRACK, null);
        assertForecast("2.6166", LocalDate.of(2026, 5, 15));
        month("2026-04", "6.5", "6.6944", "1.0588", "102.90", IndicatorHealth.ON_TRACK, null);
        assertForecast("3.6086", LocalDate.of(2026, 5, 30));
        month("2026-05", "6", "5.8333", "0.9600", "97.14", IndicatorHealth.ON_TRACK, null);
        assertForecast("4.4807", LocalDate.of(2026, 6, 16));

        // June's report: due 14 July, due soon from 9 July, overdue from 15 July; there is no next period to make
        // it severely overdue
        ReportDeadline june = ReportDeadline.of(period("2026-06"), 10, 3, WorkingCalendar.indonesia());
        assertThat(june.dueDate()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(june.dueSoonFrom()).isEqualTo(LocalDate.of(2026, 7, 9));
        assertThat(ReportState.on(LocalDate.of(2026, 7, 8), june, null, false)).isEqualTo(ReportState.NOT_DUE);
        assertThat(ReportState.on(LocalDate.of(2026, 7, 9), june, null, false)).isEqualTo(ReportState.DUE_SOON);
        assertThat(ReportState.on(LocalDate.of(2026, 7, 15), june, null, false)).isEqualTo(ReportState.OVERDUE);
        assertThat(ReportState.on(LocalDate.of(2026, 9, 1), june, null, false)).isEqualTo(ReportState.OVERDUE);
        // May's ended on Sunday 31 May (Waisak) and 1 June is Hari Lahir Pancasila: due 15 June
        assertThat(ReportDeadline.of(period("2026-05"), 10, 3, WorkingCalendar.indonesia()).dueDate())
                .isEqualTo(LocalDate.of(2026, 6, 15));

        // June's 5.2 days arrive late: the deadline passed with the target unmet
        Judgement juneValue = month("2026-06", "5.2", "5.0000", "0.9600", "96.00", IndicatorHealth.MISSED, Severity.RED);
        assertThat(juneValue.slip().rule()).isEqualTo(SlipRule.DEADLINE_MISSED);
        assertThat(ReportState.on(LocalDate.of(2026, 7, 20), june, null, true)).isEqualTo(ReportState.SUBMITTED);
        assertForecast("4.8591", LocalDate.of(2026, 6, 26));
    }

    private Judgement month(String code, String actual, String expected, String ratio, String capaian,
                            IndicatorHealth health, Severity severity) {
        Period period = period(code);
        Judgement judgement = judge.judge(serviceTime(), period, new BigDecimal(actual), slip);
        history.add(new Forecast.Point(period.end(), new BigDecimal(actual)));
        assertThat(judgement.expected()).as(code + " expected").isEqualByComparingTo(expected);
        assertThat(judgement.progressRatio()).as(code + " ρ").isEqualByComparingTo(ratio);
        assertThat(judgement.capaian()).as(code + " capaian").isEqualByComparingTo(capaian);
        assertThat(judgement.health()).as(code + " health").isEqualTo(health);
        assertThat(judgement.slip() == null ? null : judgement.slip().severity()).as(code + " slip").isEqualTo(severity);
        slip = judgement.slip();
        return judgement;
    }

    private void assertForecast(String atDeadline, LocalDate reach) {
        Forecast forecast = Forecast.of(serviceTime(), history, 6).orElseThrow();
        assertThat(forecast.projectedAtDeadline()).isEqualByComparingTo(atDeadline);
        assertThat(forecast.projectedReachDate()).isEqualTo(reach);
        assertThat(forecast.misses()).isFalse();
    }

    private static Period period(String code) {
        return Period.parse(code, ReportingFrequency.MONTHLY).orElseThrow();
    }
}
