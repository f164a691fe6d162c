package id.pantau.events;

import java.math.BigDecimal;

/** An explicit target for one reporting period (e.g. a "target triwulan"), in the indicator's frequency. */
public record PeriodTarget(String period, BigDecimal target) {
}
