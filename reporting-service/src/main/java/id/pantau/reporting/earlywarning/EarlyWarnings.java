package id.pantau.reporting.earlywarning;

import id.pantau.calendar.WorkingCalendar;
import id.pantau.events.AlertRule;
import id.pantau.events.IndicatorHealth;
import id.pantau.reporting.actionplan.ActionPlan.AlertEntry;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.earlywarning.EarlyWarningReport.FollowUp;
import id.pantau.reporting.earlywarning.EarlyWarningReport.Kind;
import id.pantau.reporting.earlywarning.EarlyWarningReport.Warning;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.progress.HealthToday;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finds the warnings in the action plans as of today: an indicator slipped or at risk or missed, a report overdue,
 * a projected miss; retired indicators are left out. Ages count working days as well (WorkingCalendar), the unit
 * escalation is measured in.
 */
@Component
public class EarlyWarnings {

    private static final Comparator<Warning> OLDEST_FIRST = Comparator.comparing(Warning::since)
            .thenComparing(Warning::kind)
            .thenComparing(Warning::title, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(Warning::indicatorId);

    private final Clock clock;
    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    EarlyWarnings(Clock clock) {
        this.clock = clock;
    }

    public EarlyWarningReport report(String region, List<ActionPlan> plans, ReportPeriod period) {
        LocalDate today = LocalDate.now(clock);
        List<Warning> found = new ArrayList<>();
        for (ActionPlan plan : plans) {
            for (IndicatorEntry indicator : plan.indicators().values()) {
                if (indicator.kind() != null && !indicator.retiredBy(today, clock.getZone())) {
                    found.addAll(warnings(plan, indicator, today));
                }
            }
        }
        List<Warning> sorted = found.stream()
                .filter(warning -> period == null
                        || !warning.since().isBefore(period.start()) && !warning.since().isAfter(period.end()))
                .sorted(OLDEST_FIRST).toList();
        List<Warning> numbered = new ArrayList<>(sorted.size());
        for (Warning warning : sorted) {
            numbered.add(numbered(warning, numbered.size() + 1));
        }
        return new EarlyWarningReport(region, period, Instant.now(clock), numbered);
    }

    private List<Warning> warnings(ActionPlan plan, IndicatorEntry indicator, LocalDate today) {
        List<Warning> warnings = new ArrayList<>();
        IndicatorHealth health = HealthToday.of(indicator.latestHealth(), indicator.deadline(), today);
        if (indicator.slipSeverity() != null) {
            warnings.add(warning(Kind.AT_RISK, plan, indicator, health, day(indicator.slipSince()), today,
                    alertOf(plan, indicator, AlertRule.of(indicator.slipRule()))));
        } else if (health == IndicatorHealth.MISSED) {
            // HealthToday says missed only once the deadline passed
            warnings.add(warning(Kind.AT_RISK, plan, indicator, health, indicator.deadline().plusDays(1), today, null));
        } else if (health == IndicatorHealth.AT_RISK) {
            warnings.add(warning(Kind.AT_RISK, plan, indicator, health, day(indicator.measuredAt()), today, null));
        }
        if (indicator.overduePeriod() != null) {
            warnings.add(warning(Kind.OVERDUE, plan, indicator, health, indicator.overdueDueDate(), today,
                    alertOf(plan, indicator, AlertRule.REPORT_OVERDUE)));
        }
        if (indicator.forecastMissStands()) {
            warnings.add(warning(Kind.FORECAST_MISS, plan, indicator, health, day(indicator.forecastDetectedAt()), today,
                    alertOf(plan, indicator, AlertRule.FORECAST_MISS)));
        }
        return warnings;
    }

    private Warning warning(Kind kind, ActionPlan plan, IndicatorEntry indicator, IndicatorHealth health,
                            LocalDate since, LocalDate today, FollowUp alert) {
        boolean slip = kind == Kind.AT_RISK;
        boolean overdue = kind == Kind.OVERDUE;
        boolean forecast = kind == Kind.FORECAST_MISS;
        return new Warning(0, kind, plan.innovationId(), plan.title(), plan.regionCode(), plan.opdCode(),
                plan.opdName(), indicator.indicatorId(), indicator.name(), indicator.unit(), health,
                slip ? indicator.slipRule() : null, slip ? indicator.slipSeverity() : null,
                overdue ? indicator.overduePeriod() : slip ? indicator.latestPeriod() : null,
                overdue ? indicator.overdueDueDate() : null, indicator.target(), indicator.deadline(),
                forecast ? indicator.forecastAtDeadline() : null, forecast ? indicator.forecastReachDate() : null,
                since, (int) Math.max(0, ChronoUnit.DAYS.between(since, today)),
                calendar.workingDaysBetween(since, today), alert);
    }

    /** The open alert on this indicator for the rule of the warning, the latest raised if several. */
    private static FollowUp alertOf(ActionPlan plan, IndicatorEntry indicator, AlertRule rule) {
        return plan.alerts().values().stream()
                .filter(alert -> alert.state() != AlertState.RESOLVED)
                .filter(alert -> indicator.indicatorId().equals(alert.indicatorId()))
                .filter(alert -> alert.rule() == null || alert.rule() == rule)
                .max(Comparator.comparing(AlertEntry::raisedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(alert -> new FollowUp(alert.alertId(), alert.state(), alert.escalationLevel(), alert.acknowledgedAt()))
                .orElse(null);
    }

    private LocalDate day(Instant instant) {
        return instant == null ? LocalDate.now(clock) : instant.atZone(clock.getZone()).toLocalDate();
    }

    private static Warning numbered(Warning w, int no) {
        return new Warning(no, w.kind(), w.innovationId(), w.title(), w.regionCode(), w.opdCode(), w.opdName(),
                w.indicatorId(), w.indicatorName(), w.unit(), w.health(), w.rule(), w.severity(), w.period(),
                w.dueDate(), w.target(), w.deadline(), w.projectedAtDeadline(), w.projectedReachDate(), w.since(),
                w.ageDays(), w.ageWorkingDays(), w.alert());
    }
}
