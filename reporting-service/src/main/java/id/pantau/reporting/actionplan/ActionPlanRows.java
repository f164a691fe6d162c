package id.pantau.reporting.actionplan;

import id.pantau.reporting.actionplan.ActionPlan.AlertEntry;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.actionplan.ActionPlanReport.IndicatorRow;
import id.pantau.reporting.actionplan.ActionPlanReport.OpenAlert;
import id.pantau.reporting.actionplan.ActionPlanReport.Row;
import id.pantau.reporting.progress.HealthToday;
import id.pantau.reporting.progress.InnovationTimeline;
import id.pantau.reporting.ReportingSettings;
import id.pantau.reporting.measurement.MeasurementRecord;
import id.pantau.reporting.period.Aggregation.PeriodValue;
import id.pantau.reporting.period.ReportPeriod;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns the stored action plans into report rows, deriving what depends on the day of reading (time used,
 * expected values, health) so that the projection stores only facts from events.
 */
@Component
public class ActionPlanRows {

    private static final Comparator<AlertEntry> BY_RAISED = Comparator
            .comparing(AlertEntry::raisedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AlertEntry::alertId);

    private final Clock clock;
    private final ReportingSettings settings;

    ActionPlanRows(Clock clock, ReportingSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** The current matrix: each indicator's latest measurement, health and time used as of today. */
    public ActionPlanReport report(String region, List<ActionPlan> plans) {
        return report(region, plans, null, Map.of());
    }

    /**
     * The matrix of a period: each indicator's realisasi within it ({@code history}: the measurements of the
     * period, by indicator), health and time used as of its last day (today while it runs). Slips, overdue reports
     * and open alerts are those of today. Without a period, the current matrix.
     */
    ActionPlanReport report(String region, List<ActionPlan> plans, ReportPeriod period,
                            Map<String, List<MeasurementRecord>> history) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period == null ? today : period.asOf(today);
        List<ActionPlan> sorted = plans.stream().sorted(ActionPlan.REPORT_ORDER).toList();
        List<Row> rows = new ArrayList<>(sorted.size());
        for (ActionPlan plan : sorted) {
            rows.add(row(rows.size() + 1, plan, asOf, period == null ? null : history));
        }
        return new ActionPlanReport(region, period, Instant.now(clock), rows);
    }

    Row row(ActionPlan plan) {
        return row(1, plan, LocalDate.now(clock), null);
    }

    private Row row(int no, ActionPlan plan, LocalDate asOf, Map<String, List<MeasurementRecord>> history) {
        InnovationTimeline timeline = plan.startDate() == null || plan.targetDate() == null ? null
                : new InnovationTimeline(plan.startDate(), plan.targetDate());
        List<IndicatorRow> indicators = plan.indicators().values().stream()
                .filter(indicator -> indicator.kind() != null) // defined by the registration, not only measured
                .filter(indicator -> !indicator.retiredBy(asOf, clock.getZone()))
                .sorted(IndicatorEntry.DEFINITION_ORDER)
                .map(indicator -> history == null ? indicator(indicator, asOf)
                        : indicator(indicator, history.getOrDefault(indicator.indicatorId(), List.of()), asOf))
                .toList();
        List<OpenAlert> openAlerts = plan.alerts().values().stream()
                .filter(alert -> alert.state() != AlertState.RESOLVED)
                .sorted(BY_RAISED)
                .map(alert -> new OpenAlert(alert.alertId(), alert.indicatorId(), alert.rule(), alert.severity(),
                        alert.state(), alert.escalationLevel(), alert.acknowledgedAt()))
                .toList();
        return new Row(no, plan.innovationId(), plan.problem(), plan.plannedInnovation(), plan.title(),
                plan.regionCode(), plan.opdCode(), plan.opdName(), plan.form(),
                timeline == null ? null : timeline.targetTimeInWords(), plan.startDate(), plan.targetDate(),
                timeline == null ? null : timeline.timeUsedPercent(asOf), plan.stage(), indicators, openAlerts,
                plan.lastEventAt());
    }

    /**
     * An indicator within a period: the realisasi of its measurements there (the latest value, or their sum for a
     * flow), with monitoring's judgement of the latest of them; health as of the period's last day.
     */
    private IndicatorRow indicator(IndicatorEntry entry, List<MeasurementRecord> measured, LocalDate asOf) {
        MeasurementRecord latest = measured.isEmpty() ? null : measured.get(measured.size() - 1);
        BigDecimal realisasi = entry.aggregation(settings)
                .of(measured.stream().map(record -> new PeriodValue(record.reportingPeriod(), record.value())).toList())
                .orElse(null);
        return new IndicatorRow(entry.indicatorId(), entry.name(), entry.kind(), entry.unit(), entry.polarity(),
                entry.frequency(), entry.baseline(), entry.target(), entry.deadline(),
                latest == null ? null : latest.period(), realisasi,
                latest == null ? null : latest.expected(), latest == null ? null : latest.progressRatio(),
                latest == null ? null : latest.capaian(),
                HealthToday.of(latest == null ? null : latest.health(), entry.deadline(), asOf),
                slip(entry), overdue(entry), dueSoon(entry), forecastMiss(entry));
    }

    /** Expected value, progress and capaian as monitoring-service judged the latest period; health as of today. */
    private IndicatorRow indicator(IndicatorEntry entry, LocalDate today) {
        return new IndicatorRow(entry.indicatorId(), entry.name(), entry.kind(), entry.unit(), entry.polarity(),
                entry.frequency(), entry.baseline(), entry.target(), entry.deadline(), entry.latestPeriod(),
                entry.latestValue(), entry.latestExpected(), entry.latestProgressRatio(), entry.latestCapaian(),
                HealthToday.of(entry.latestHealth(), entry.deadline(), today),
                slip(entry), overdue(entry), dueSoon(entry), forecastMiss(entry));
    }

    private static ActionPlanReport.DueSoon dueSoon(IndicatorEntry entry) {
        return entry.dueSoonPeriod() == null ? null : new ActionPlanReport.DueSoon(entry.dueSoonPeriod(), entry.dueSoonDate());
    }

    private static ActionPlanReport.ForecastMiss forecastMiss(IndicatorEntry entry) {
        return !entry.forecastMissStands() ? null : new ActionPlanReport.ForecastMiss(entry.forecastAtDeadline(),
                entry.forecastReachDate(), entry.forecastDetectedAt());
    }

    private static ActionPlanReport.Slip slip(IndicatorEntry entry) {
        return entry.slipSeverity() == null ? null
                : new ActionPlanReport.Slip(entry.slipSeverity(), entry.slipRule(), entry.slipSince());
    }

    private static ActionPlanReport.Overdue overdue(IndicatorEntry entry) {
        return entry.overduePeriod() == null ? null
                : new ActionPlanReport.Overdue(entry.overduePeriod(), entry.overdueDueDate());
    }
}
