package id.pantau.innovation.indicator;

import id.pantau.events.IndicatorKind;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A success indicator of an innovation being registered. A trend needs baseline and target, a bound its
 * limit as target, a milestone neither; the deadline defaults to the innovation's target date.
 */
public record NewIndicator(String name, IndicatorKind kind, String unit, Polarity polarity, BigDecimal baseline,
                           BigDecimal target, LocalDate deadline, ReportingFrequency frequency) {
}
