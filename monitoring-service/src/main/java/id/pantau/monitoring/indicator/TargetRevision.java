package id.pantau.monitoring.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One revision of an indicator's target or deadline. Periods ending before {@code effectiveFrom} (the day it was
 * revised) keep the old values: a revision never rewrites what past periods were expected to reach. A null new
 * value means that part was not revised.
 */
public record TargetRevision(
        LocalDate effectiveFrom,
        BigDecimal oldTarget,
        BigDecimal newTarget,
        LocalDate oldDeadline,
        LocalDate newDeadline,
        String reason,
        Instant revisedAt) {
}
