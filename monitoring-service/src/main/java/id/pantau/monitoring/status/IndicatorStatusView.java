package id.pantau.monitoring.status;

import id.pantau.events.Aggregation;
import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.judging.Forecast;
import id.pantau.monitoring.judging.IndicatorStatus;
import id.pantau.monitoring.judging.SlipState;
import id.pantau.monitoring.quality.QualityFlag;
import id.pantau.monitoring.settings.CapaianBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator's definition with its judgement by the latest measured period: actual (the value judged: a flow
 * trend's running total, {@code cumulative}, else the period's own value), {@code periodValue} (the latest period's
 * own measured value), expected, progress ratio ρ, capaian (percent) and health; {@code slip} is present while the indicator is slipping; {@code flags}
 * are the data-quality flags of the latest value; {@code forecast} the trend's projection from three values on;
 * {@code band} the capaian's band; {@code reportOverdue} whether a report of it is overdue; {@code settingsVersion}
 * the region's settings that judged it; {@code series} (on the indicator's own status) expected and measured values
 * period by period, for charts. A retired indicator shows when it was retired.
 */
public record IndicatorStatusView(
        Definition indicator,
        String period,
        BigDecimal actual,
        BigDecimal periodValue,
        BigDecimal cumulative,
        BigDecimal expected,
        BigDecimal progressRatio,
        BigDecimal capaian,
        IndicatorHealth health,
        SlipState slip,
        List<QualityFlag> flags,
        Forecast forecast,
        CapaianBand band,
        Boolean reportOverdue,
        String settingsVersion,
        Instant judgedAt,
        List<SeriesPoint> series) {

    public record Definition(String id, String innovationId, String innovationTitle, String regionCode,
                             String opdCode, String opdName, String name, IndicatorKind kind, String unit,
                             Polarity polarity, BigDecimal baseline, BigDecimal target, LocalDate startDate,
                             LocalDate deadline, ReportingFrequency frequency, Aggregation aggregation,
                             Instant retiredAt, String retiredReason, InnovationStage innovationStage) {
    }

    /** {@code status} is null while no measurement has been judged: health NO_DATA. */
    public static IndicatorStatusView of(Indicator indicator, IndicatorStatus status) {
        return of(indicator, status, null);
    }

    /** This view with the indicator's series of expected and measured values, period by period. */
    IndicatorStatusView withSeries(List<SeriesPoint> points) {
        return new IndicatorStatusView(indicator, period, actual, periodValue, cumulative, expected, progressRatio,
                capaian, health, slip, flags, forecast, band, reportOverdue, settingsVersion, judgedAt,
                List.copyOf(points));
    }

    /** @param reportOverdue whether one of its reports is overdue; null where it was not looked up */
    public static IndicatorStatusView of(Indicator indicator, IndicatorStatus status, Boolean reportOverdue) {
        Definition definition = new Definition(indicator.indicatorId(), indicator.innovationId(),
                indicator.innovationTitle(), indicator.regionCode(), indicator.opdCode(), indicator.opdName(),
                indicator.name(), indicator.kind(), indicator.unit(), indicator.polarity(), indicator.baseline(),
                indicator.target(), indicator.startDate(), indicator.deadline(), indicator.frequency(),
                indicator.aggregationOrDefault(), indicator.retiredAt(), indicator.retiredReason(),
                indicator.innovationStage());
        if (status == null) {
            return new IndicatorStatusView(definition, null, null, null, null, null, null, null, IndicatorHealth.NO_DATA,
                    null, List.of(), null, null, reportOverdue, null, null, null);
        }
        return new IndicatorStatusView(definition, status.period(), status.actual(), status.periodValue(),
                indicator.isJudgedCumulatively() ? status.actual() : null, status.expected(),
                status.progressRatio(), status.capaian(), status.health(), status.slip(), status.flags(),
                status.forecast(), status.band(), reportOverdue, status.settingsVersion(), status.judgedAt(), null);
    }
}
