package id.pantau.reporting.earlywarning;

import id.pantau.events.AlertRule;
import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.reporting.actionplan.ActionPlan.AlertEntry;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.earlywarning.EarlyWarningReport.FollowUp;
import id.pantau.reporting.earlywarning.EarlyWarningReport.Kind;
import id.pantau.reporting.earlywarning.EarlyWarningReport.Warning;
import id.pantau.reporting.period.ReportPeriod;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EarlyWarningsTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Tuesday 30 June 2026 in Jakarta. */
    private final EarlyWarnings warnings = new EarlyWarnings(Clock.fixed(Instant.parse("2026-06-30T05:00:00Z"), JAKARTA));

    @Test
    void aSlipIsAtRiskSinceItsDayWithItsAlertsEscalationAndAcknowledgementAndItsAgeInWorkingDays() {
        IndicatorEntry slipped = indicator("slipped", LocalDate.of(2026, 12, 31)).slip(Severity.RED,
                Instant.parse("2026-06-12T03:00:00Z")).entry();
        AlertEntry alert = new AlertEntry("alert", "slipped", AlertRule.BEHIND_TRAJECTORY, Severity.RED, "2026-05",
                AlertState.ACKNOWLEDGED, Instant.parse("2026-06-12T03:00:01Z"), 2, Instant.parse("2026-06-20T00:00:00Z"),
                Instant.parse("2026-06-22T02:00:00Z"), "inspektorat-subject");

        Warning warning = only(plan(Map.of("slipped", slipped), Map.of("alert", alert)));

        assertThat(warning.kind()).isEqualTo(Kind.AT_RISK);
        assertThat(warning.rule()).isEqualTo(SlipRule.BEHIND_TRAJECTORY);
        assertThat(warning.severity()).isEqualTo(Severity.RED);
        assertThat(warning.since()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(warning.ageDays()).isEqualTo(18);
        assertThat(warning.ageWorkingDays()).isEqualTo(11); // weekends and 1 Muharam (16 June) do not count
        assertThat(warning.alert()).isEqualTo(new FollowUp("alert", AlertState.ACKNOWLEDGED, 2,
                Instant.parse("2026-06-22T02:00:00Z")));
    }

    @Test
    void anOverdueReportAndAStandingProjectedMissAreWarningsOfTheirOwnAndOldestComeFirst() {
        IndicatorEntry overdue = indicator("overdue", LocalDate.of(2026, 12, 31))
                .overdue("2026-05", LocalDate.of(2026, 6, 12)).entry();
        IndicatorEntry forecast = indicator("forecast", LocalDate.of(2026, 12, 31))
                .measured(Instant.parse("2026-06-02T02:00:00Z"), IndicatorHealth.ON_TRACK)
                .forecast(Instant.parse("2026-06-02T02:00:01Z")).entry();
        IndicatorEntry recovered = indicator("recovered", LocalDate.of(2026, 12, 31))
                .forecast(Instant.parse("2026-05-02T02:00:01Z"))
                .measured(Instant.parse("2026-06-02T02:00:00Z"), IndicatorHealth.ON_TRACK).entry();

        List<Warning> found = warnings.report("32.73", List.of(plan(Map.of("overdue", overdue, "forecast", forecast,
                "recovered", recovered), Map.of())), null).warnings();

        assertThat(found).extracting(Warning::no, Warning::kind, Warning::indicatorId, Warning::since).containsExactly(
                tuple(1, Kind.FORECAST_MISS, "forecast", LocalDate.of(2026, 6, 2)),
                tuple(2, Kind.OVERDUE, "overdue", LocalDate.of(2026, 6, 12)));
        assertThat(found.get(0).projectedAtDeadline()).isEqualByComparingTo("6.5");
        assertThat(found.get(1).period()).isEqualTo("2026-05");
        assertThat(found.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 6, 12));
    }

    @Test
    void aDeadlinePassedUnmetIsAtRiskFromTheNextDayAndARetiredIndicatorWarnsNoMore() {
        IndicatorEntry missed = indicator("missed", LocalDate.of(2026, 6, 15))
                .measured(Instant.parse("2026-06-02T02:00:00Z"), IndicatorHealth.ON_TRACK).entry();
        IndicatorEntry retired = indicator("retired", LocalDate.of(2026, 12, 31)).slip(Severity.RED,
                Instant.parse("2026-06-12T03:00:00Z")).retired(Instant.parse("2026-06-29T00:00:00Z")).entry();

        Warning warning = only(plan(Map.of("missed", missed, "retired", retired), Map.of()));

        assertThat(warning.indicatorId()).isEqualTo("missed");
        assertThat(warning.health()).isEqualTo(IndicatorHealth.MISSED);
        assertThat(warning.since()).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(warning.alert()).isNull();
    }

    @Test
    void aPeriodKeepsTheWarningsThatBeganWithinIt() {
        IndicatorEntry may = indicator("may", LocalDate.of(2026, 12, 31)).overdue("2026-04", LocalDate.of(2026, 5, 15)).entry();
        IndicatorEntry june = indicator("june", LocalDate.of(2026, 12, 31)).overdue("2026-05", LocalDate.of(2026, 6, 12)).entry();

        assertThat(warnings.report("32.73", List.of(plan(Map.of("may", may, "june", june), Map.of())),
                ReportPeriod.parse("2026-06").orElseThrow()).warnings()).extracting(Warning::indicatorId).containsExactly("june");
    }

    private Warning only(ActionPlan plan) {
        List<Warning> found = warnings.report("32.73", List.of(plan), null).warnings();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static ActionPlan plan(Map<String, IndicatorEntry> indicators, Map<String, AlertEntry> alerts) {
        return new ActionPlan("innovation", "32.73", "opd", "Dinas PTSP", "Layanan online", "Masalah", "Rencana", null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, InnovationStage.UJI_COBA, null,
                Instant.parse("2026-01-05T02:15:00Z"), indicators, alerts, null);
    }

    private static Builder indicator(String id, LocalDate deadline) {
        return new Builder(id, deadline);
    }

    /** An indicator entry as the projection leaves it, fact by fact. */
    private static final class Builder {
        private final String id;
        private final LocalDate deadline;
        private Severity slipSeverity;
        private Instant slipSince;
        private Instant measuredAt;
        private IndicatorHealth health;
        private String overduePeriod;
        private LocalDate overdueDueDate;
        private Instant forecastAt;
        private Instant retiredAt;

        Builder(String id, LocalDate deadline) {
            this.id = id;
            this.deadline = deadline;
        }

        Builder slip(Severity severity, Instant since) {
            slipSeverity = severity;
            slipSince = since;
            return this;
        }

        Builder measured(Instant at, IndicatorHealth judged) {
            measuredAt = at;
            health = judged;
            return this;
        }

        Builder overdue(String period, LocalDate dueDate) {
            overduePeriod = period;
            overdueDueDate = dueDate;
            return this;
        }

        Builder forecast(Instant at) {
            forecastAt = at;
            return this;
        }

        Builder retired(Instant at) {
            retiredAt = at;
            return this;
        }

        IndicatorEntry entry() {
            return new IndicatorEntry(id, 0, "Waktu layanan", IndicatorKind.TREND, "hari", Polarity.LOWER_IS_BETTER,
                    ReportingFrequency.MONTHLY, BigDecimal.TEN, new BigDecimal("5"), deadline, null,
                    measuredAt == null ? null : "2026-05", measuredAt == null ? null : new BigDecimal("8"), measuredAt,
                    null, slipSeverity, slipSeverity == null ? null : SlipRule.BEHIND_TRAJECTORY, slipSince, null, null,
                    null, health, null, overduePeriod, overdueDueDate, overduePeriod == null ? null : "2026-05-31",
                    null, retiredAt, null, null, null, forecastAt == null ? null : new BigDecimal("6.5"), null, forecastAt, null, null);
        }
    }
}
