package id.pantau.monitoring.indicator;

import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's copy of an indicator definition, built from innovation-service's events, so measurements are
 * validated and judged without asking another service. {@code startDate} is the innovation's start: the t0 of
 * the trajectory. For a bound indicator {@code target} is the limit; a milestone has no baseline or target.
 */
@Document("indicators")
public record Indicator(
        @Id String indicatorId,
        @Indexed String innovationId,
        String regionCode,
        String opdCode,
        String opdName,
        String innovationTitle,
        LocalDate startDate,
        String name,
        IndicatorKind kind,
        String unit,
        Polarity polarity,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate deadline,
        ReportingFrequency frequency,
        Instant updatedAt) {

    public static Indicator of(InnovationRegistered innovation, IndicatorDefinition definition, Instant now) {
        return new Indicator(definition.indicatorId(), innovation.innovationId(), innovation.regionCode(),
                innovation.opdCode(), innovation.opdName(), innovation.title(), innovation.startDate(),
                definition.name(), definition.kind(), definition.unit(), definition.polarity(), definition.baseline(),
                definition.target(), definition.deadline(), definition.frequency(), now);
    }

    /** Whether a value is at or beyond the target in the good direction (for a bound: respects the limit). */
    public boolean isMetBy(BigDecimal value) {
        int comparison = value.compareTo(target);
        return polarity == Polarity.LOWER_IS_BETTER ? comparison <= 0 : comparison >= 0;
    }

    /** The unit is a percentage, so values above 100 are impossible. */
    public boolean isPercentage() {
        return unit != null && unit.strip().equals("%");
    }
}
