package id.pantau.innovation.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A request to revise an indicator: a new target, a new deadline or both, and why. */
public record IndicatorRevision(BigDecimal target, LocalDate deadline, String reason) {
}
