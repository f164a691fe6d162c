package id.pantau.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An accepted measurement (realisasi) of one indicator for one period, e.g. {@code 2026-03}, with monitoring's
 * judgement of that period: the expected value, progress ratio, capaian (percent) and health, so that readers
 * such as the reports show the same numbers monitoring judged by. Those four are absent where they do not apply
 * (a milestone has no expected value). For an indicator whose aggregation is SUM (a flow), {@code value} is the
 * period's own value, while {@code expected}, {@code progressRatio}, {@code capaian} and {@code health} judge the
 * running total through the period (realisasi s.d. periode ini), so {@code expected} is a total.
 */
public record IndicatorMeasured(
        String measurementId,
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        String period,
        BigDecimal value,
        String submittedBy,
        String evidenceUrl,
        String note,
        Instant measuredAt,
        BigDecimal expected,
        BigDecimal progressRatio,
        BigDecimal capaian,
        IndicatorHealth health) implements PantauEvent {
}
