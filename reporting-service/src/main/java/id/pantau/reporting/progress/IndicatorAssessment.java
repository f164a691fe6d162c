package id.pantau.reporting.progress;

import java.math.BigDecimal;

/**
 * What the report says about one indicator: the expected value at its latest period's end, the progress ratio
 * ρ there (both rounded to two decimals; null where they do not apply) and its health.
 */
public record IndicatorAssessment(BigDecimal expected, BigDecimal progressRatio, Health health) {
}
