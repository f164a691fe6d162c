package id.pantau.monitoring.judging;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a trend indicator is expected to be on a day: from baseline B at the innovation's start t0 to target T
 * at the deadline tD, linearly, {@code E(t) = B + (T − B) · clamp(days(t0→t) / days(t0→tD), 0, 1)}.
 */
public record LinearTrajectory(BigDecimal baseline, BigDecimal target, LocalDate start, LocalDate deadline) {

    public BigDecimal expectedAt(LocalDate day) {
        long total = ChronoUnit.DAYS.between(start, deadline);
        long elapsed = Math.max(0, Math.min(ChronoUnit.DAYS.between(start, day), total));
        if (total <= 0) {
            return target;
        }
        BigDecimal travelled = target.subtract(baseline).multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        return baseline.add(travelled);
    }
}
