package id.pantau.monitoring.judging;

import id.pantau.events.IndicatorHealth;
import java.math.BigDecimal;

/**
 * What the latest measured period says about an indicator. {@code progressRatio} is null where it is undefined
 * (bound and milestone indicators, and a trend whose expected value still equals its baseline); {@code slip}
 * is null while the indicator is on track.
 */
public record Judgement(
        String period,
        BigDecimal actual,
        BigDecimal expected,
        BigDecimal progressRatio,
        BigDecimal capaian,
        IndicatorHealth health,
        Slip slip) {
}
