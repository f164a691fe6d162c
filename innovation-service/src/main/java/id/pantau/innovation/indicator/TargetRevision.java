package id.pantau.innovation.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of an indicator's target or deadline: both before and after (the unchanged one repeats), why, who
 * (an opaque subject id) and when. Periods that ended before {@code revisedAt} keep the old target.
 */
public record TargetRevision(BigDecimal oldTarget, BigDecimal newTarget, LocalDate oldDeadline,
                             LocalDate newDeadline, String reason, String revisedBy, Instant revisedAt) {
}
