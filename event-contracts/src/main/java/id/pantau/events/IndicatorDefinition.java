package id.pantau.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator as innovation-service defines it, carried in events so that consumers can judge measurements
 * without asking. For a bound indicator {@code target} is the limit; a milestone has no baseline or target.
 */
public record IndicatorDefinition(
        String indicatorId,
        String name,
        IndicatorKind kind,
        String unit,
        Polarity polarity,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate deadline,
        ReportingFrequency frequency) {
}
