package id.pantau.innovation.indicator;

import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorKind;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A success indicator of an innovation: what is measured, in which unit, towards which target, how often. */
public record Indicator(
        String id,
        String name,
        IndicatorKind kind,
        String unit,
        Polarity polarity,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate deadline,
        ReportingFrequency frequency) {

    public IndicatorDefinition toDefinition() {
        return new IndicatorDefinition(id, name, kind, unit, polarity, baseline, target, deadline, frequency);
    }
}
