package id.pantau.reporting.actionplan;

import id.pantau.reporting.actionplan.ActionPlan.AlertEntry;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.actionplan.ActionPlanReport.IndicatorRow;
import id.pantau.reporting.actionplan.ActionPlanReport.OpenAlert;
import id.pantau.reporting.actionplan.ActionPlanReport.Row;
import id.pantau.reporting.progress.HealthToday;
import id.pantau.reporting.progress.InnovationTimeline;
import id.pantau.events.Period;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns the stored action plans into report rows, deriving what depends on the day of reading (time used,
 * expected values, health) so that the projection stores only facts from events.
 */
@Component
class ActionPlanRows {

    private static final Comparator<ActionPlan> BY_OPD_THEN_TITLE = Comparator
            .comparing((ActionPlan plan) -> plan.opdName() != null ? plan.opdName() : plan.opdCode(),
                    Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(ActionPlan::opdCode, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ActionPlan::title, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(ActionPlan::innovationId);
    private static final Comparator<IndicatorEntry> BY_REGISTRATION = Comparator
            .comparing(IndicatorEntry::position, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(IndicatorEntry::indicatorId);
    private static final Comparator<AlertEntry> BY_RAISED = Comparator
            .comparing(AlertEntry::raisedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AlertEntry::alertId);

    private final Clock clock;

    ActionPlanRows(Clock clock) {
        this.clock = clock;
    }

    ActionPlanReport report(String region, List<ActionPlan> plans) {
        LocalDate today = LocalDate.now(clock);
        List<ActionPlan> sorted = plans.stream().sorted(BY_OPD_THEN_TITLE).toList();
        List<Row> rows = new ArrayList<>(sorted.size());
        for (ActionPlan plan : sorted) {
            rows.add(row(rows.size() + 1, plan, today));
        }
        return new ActionPlanReport(region, Instant.now(clock), rows);
    }

    Row row(ActionPlan plan) {
        return row(1, plan, LocalDate.now(clock));
    }

    private Row row(int no, ActionPlan plan, LocalDate today) {
        InnovationTimeline timeline = plan.startDate() == null || plan.targetDate() == null ? null
                : new InnovationTimeline(plan.startDate(), plan.targetDate());
        List<IndicatorRow> indicators = plan.indicators().values().stream()
                .filter(indicator -> indicator.kind() != null) // defined by the registration, not only measured
                .sorted(BY_REGISTRATION)
                .map(indicator -> indicator(indicator, today))
                .toList();
        List<OpenAlert> openAlerts = plan.alerts().values().stream()
                .filter(alert -> alert.state() != AlertState.RESOLVED)
                .sorted(BY_RAISED)
                .map(alert -> new OpenAlert(alert.alertId(), alert.indicatorId(), alert.rule(), alert.severity(),
                        alert.state()))
                .toList();
        return new Row(no, plan.innovationId(), plan.problem(), plan.plannedInnovation(), plan.title(),
                plan.regionCode(), plan.opdCode(), plan.opdName(), plan.form(),
                timeline == null ? null : timeline.targetTimeInWords(), plan.startDate(), plan.targetDate(),
                timeline == null ? null : timeline.timeUsedPercent(today), plan.stage(), indicators, openAlerts,
                plan.lastEventAt());
    }

    /** Expected value, progress and capaian as monitoring-service judged the latest period; health as of today. */
    private IndicatorRow indicator(IndicatorEntry entry, LocalDate today) {
        return new IndicatorRow(entry.indicatorId(), entry.name(), entry.kind(), entry.unit(), entry.polarity(),
                entry.frequency(), entry.baseline(), entry.target(), entry.deadline(), entry.latestPeriod(),
                entry.latestValue(), entry.latestExpected(), entry.latestProgressRatio(), entry.latestCapaian(),
                HealthToday.of(entry.latestHealth(), entry.deadline(), today),
                entry.slipSeverity() == null ? null
                        : new ActionPlanReport.Slip(entry.slipSeverity(), entry.slipRule(), entry.slipSince()),
                entry.overduePeriod() == null ? null
                        : new ActionPlanReport.Overdue(entry.overduePeriod(), entry.overdueDueDate()));
    }
}
