package id.pantau.reporting.period;

import id.pantau.events.Period;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How an indicator's measurements of several periods make the value of a longer one (DOMAIN.md): flows (visits,
 * complaints handled) are summed; stocks, rates and percentages take the value of the latest period.
 */
public enum Aggregation {
    SUM,
    LAST;

    /** A measured value of one period. */
    public record PeriodValue(Period period, BigDecimal value) {
    }

    /** Empty when nothing was measured. */
    public Optional<BigDecimal> of(List<PeriodValue> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case SUM -> values.stream().map(PeriodValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            case LAST -> values.stream().max(Comparator.comparing((PeriodValue value) -> value.period().end())
                    .thenComparing(value -> value.period().start())).orElseThrow().value();
        });
    }
}
