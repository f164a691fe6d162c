package id.pantau.reporting.monev;

import id.pantau.events.IndicatorKind;
import id.pantau.reporting.ReportingSettings;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.measurement.MeasurementRecord;
import id.pantau.reporting.monev.MonevReport.Line;
import id.pantau.reporting.period.Aggregation;
import id.pantau.reporting.period.Aggregation.PeriodValue;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.progress.Achievement;
import id.pantau.reporting.progress.CapaianBand;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Assembles the quarterly M&E lines from the action plans and their measurement history: the triwulans that overlap
 * the report period and have begun by today, each indicator's target at the triwulan's end, its realisasi there and
 * capaian by DOMAIN.md's formulas, banded by the configured thresholds.
 */
@Component
class QuarterlyMonev {


    private final Clock clock;
    private final ReportingSettings settings;

    QuarterlyMonev(Clock clock, ReportingSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** The report period asked for, or the current year. */
    ReportPeriod periodOf(ReportPeriod asked) {
        return asked != null ? asked : ReportPeriod.parse(String.valueOf(LocalDate.now(clock).getYear())).orElseThrow();
    }

    /** The triwulans overlapping the period that have begun by today, in order. */
    List<ReportPeriod> triwulans(ReportPeriod period) {
        LocalDate today = LocalDate.now(clock);
        List<ReportPeriod> triwulans = new ArrayList<>();
        for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                ReportPeriod triwulan = ReportPeriod.parse(year + "-Q" + quarter).orElseThrow();
                if (!triwulan.end().isBefore(period.start()) && !triwulan.start().isAfter(period.end())
                        && !triwulan.start().isAfter(today)) {
                    triwulans.add(triwulan);
                }
            }
        }
        return triwulans;
    }

    MonevReport report(String region, List<ActionPlan> plans, ReportPeriod period, List<ReportPeriod> triwulans,
                       Map<String, List<MeasurementRecord>> history) {
        List<Line> lines = new ArrayList<>();
        for (ActionPlan plan : plans.stream().sorted(ActionPlan.REPORT_ORDER).toList()) {
            List<IndicatorEntry> indicators = plan.indicators().values().stream()
                    .filter(indicator -> indicator.kind() != null).sorted(IndicatorEntry.DEFINITION_ORDER).toList();
            for (IndicatorEntry indicator : indicators) {
                for (ReportPeriod triwulan : triwulans) {
                    if (!indicator.retiredBy(triwulan.start().minusDays(1), clock.getZone())) {
                        lines.add(line(lines.size() + 1, plan, indicator, triwulan,
                                history.getOrDefault(indicator.indicatorId(), List.of())));
                    }
                }
            }
        }
        return new MonevReport(region, period, Instant.now(clock), lines);
    }

    private Line line(int no, ActionPlan plan, IndicatorEntry indicator, ReportPeriod triwulan,
                      List<MeasurementRecord> history) {
        List<MeasurementRecord> measured = history.stream()
                .filter(record -> triwulan.covers(record.reportingPeriod())).toList();
        Aggregation aggregation = indicator.aggregation(settings);
        BigDecimal realisasi = aggregation.of(measured.stream()
                .map(record -> new PeriodValue(record.reportingPeriod(), record.value())).toList()).orElse(null);
        BigDecimal target = target(plan, indicator, triwulan);
        BigDecimal capaian = capaian(indicator, realisasi, target);
        String notes = measured.isEmpty() ? "Realisasi belum dilaporkan"
                : measured.stream().map(MeasurementRecord::note).filter(Objects::nonNull)
                        .filter(note -> !note.isBlank()).collect(Collectors.joining("; "));
        return new Line(no, plan.innovationId(), plan.title(), plan.opdCode(), plan.opdName(),
                indicator.indicatorId(), indicator.name(), indicator.kind(), indicator.unit(), indicator.polarity(),
                triwulan.code(), triwulan.label(), target, realisasi, aggregation, capaian,
                CapaianBand.of(capaian, settings.capaianBands()), notes.isEmpty() ? null : notes);
    }

    private static BigDecimal target(ActionPlan plan, IndicatorEntry indicator, ReportPeriod triwulan) {
        return switch (indicator.kind()) {
            case TREND -> indicator.baseline() == null || indicator.target() == null || plan.startDate() == null
                    || indicator.deadline() == null ? null
                    : Achievement.expected(indicator.baseline(), indicator.target(), plan.startDate(),
                            indicator.deadline(), triwulan.end());
            case BOUND -> indicator.target();
            case MILESTONE -> null;
        };
    }

    /** A milestone is 100 when done (realisasi 1), 0 when not; the others by polarity against the target. */
    private static BigDecimal capaian(IndicatorEntry indicator, BigDecimal realisasi, BigDecimal target) {
        if (realisasi == null) {
            return null;
        }
        if (indicator.kind() == IndicatorKind.MILESTONE) {
            return realisasi.compareTo(BigDecimal.ONE) >= 0 ? new BigDecimal("100.00") : new BigDecimal("0.00");
        }
        return Achievement.capaian(indicator.polarity(), realisasi, target).orElse(null);
    }
}
