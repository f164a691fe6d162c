package id.pantau.innovation.indicator;

import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorKind;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A success indicator of an innovation: what is measured, in which unit, towards which target, how often.
 * Its id is stored as {@code id}, not mapped to {@code _id}, so updates can address one indicator by it.
 */
public record Indicator(
        @Field("id") String id,
        String name,
        IndicatorKind kind,
        String unit,
        Polarity polarity,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate deadline,
        ReportingFrequency frequency,
        Instant retiredAt) {

    /** Whether the indicator is still measured: not retired. */
    public boolean inUse() {
        return retiredAt == null;
    }

    public IndicatorDefinition toDefinition() {
        return new IndicatorDefinition(id, name, kind, unit, polarity, baseline, target, deadline, frequency);
    }
}
