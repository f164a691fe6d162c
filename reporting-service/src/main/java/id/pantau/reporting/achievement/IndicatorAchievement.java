package id.pantau.reporting.achievement;

import id.pantau.events.IndicatorKind;
import id.pantau.reporting.ReportingSettings;
import id.pantau.reporting.achievement.AchievementReport.IndicatorTrend;
import id.pantau.reporting.achievement.AchievementReport.PeriodPoint;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.measurement.MeasurementRecord;
import id.pantau.reporting.period.Aggregation;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.progress.CapaianBand;
import id.pantau.reporting.progress.TrendForecast;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Lines up each indicator's measurements (within the period, if one was asked for) with monitoring's judgement of
 * each, and forecasts its trend from all of them up to the period's end; a flow's realisasi is its running total.
 */
@Component
public class IndicatorAchievement {


    private final Clock clock;
    private final ReportingSettings settings;

    IndicatorAchievement(Clock clock, ReportingSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** {@code history}: every measurement of the indicators up to the period's end, oldest first. */
    public AchievementReport report(String region, List<ActionPlan> plans, ReportPeriod period,
                             Map<String, List<MeasurementRecord>> history) {
        List<IndicatorTrend> trends = new ArrayList<>();
        for (ActionPlan plan : plans.stream().sorted(ActionPlan.REPORT_ORDER).toList()) {
            for (IndicatorEntry indicator : plan.indicators().values().stream()
                    .filter(entry -> entry.kind() != null).sorted(IndicatorEntry.DEFINITION_ORDER).toList()) {
                List<MeasurementRecord> measured = history.getOrDefault(indicator.indicatorId(), List.of());
                List<BigDecimal> realised = realised(indicator, measured);
                List<PeriodPoint> points = new ArrayList<>();
                List<TrendForecast.Point> line = new ArrayList<>();
                for (int i = 0; i < measured.size(); i++) {
                    MeasurementRecord record = measured.get(i);
                    line.add(new TrendForecast.Point(record.periodEnd(), realised.get(i)));
                    if (period == null || period.covers(record.reportingPeriod())) {
                        points.add(new PeriodPoint(record.period(), record.periodEnd(), record.expected(),
                                realised.get(i), record.value(), record.capaian(),
                                CapaianBand.of(record.capaian(), settings.capaianBands()), record.health()));
                    }
                }
                TrendForecast forecast = TrendForecast.of(line, indicator.target(), indicator.polarity(),
                        indicator.deadline()).orElse(null);
                trends.add(new IndicatorTrend(trends.size() + 1, plan.innovationId(), plan.title(), plan.opdCode(),
                        plan.opdName(), indicator.indicatorId(), indicator.name(), indicator.kind(), indicator.unit(),
                        indicator.polarity(), indicator.baseline(), indicator.target(), indicator.deadline(), points,
                        indicator.kind() == IndicatorKind.TREND ? forecast : null));
            }
        }
        return new AchievementReport(region, period, Instant.now(clock), trends);
    }

    /**
     * The realisasi of each measured period: its value, or for a flow trend (summed) the running total from the first
     * period on, which is what monitoring judged against the total expected by then.
     */
    private List<BigDecimal> realised(IndicatorEntry indicator, List<MeasurementRecord> measured) {
        boolean flow = indicator.kind() == IndicatorKind.TREND && indicator.aggregation(settings) == Aggregation.SUM;
        List<BigDecimal> realised = new ArrayList<>(measured.size());
        BigDecimal total = BigDecimal.ZERO;
        for (MeasurementRecord record : measured) {
            if (flow && record.value() != null) {
                total = total.add(record.value());
            }
            realised.add(flow ? total : record.value());
        }
        return realised;
    }
}
