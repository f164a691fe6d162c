package id.pantau.monitoring.quality;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The data-quality flags of a value. A jump: with at least {@value #MIN_HISTORY} earlier values, the value lies
 * more than {@code k} sample standard deviations from their mean (a history without any spread gives no measure
 * of a jump and flags nothing). Missing evidence: the region requires a link and there is none.
 */
public record QualityCheck(double jumpDeviations, boolean evidenceRequired) {

    public static final int MIN_HISTORY = 3;

    public Set<QualityFlag> flags(List<BigDecimal> earlierValues, BigDecimal value, String evidenceUrl) {
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        if (isJump(earlierValues, value.doubleValue())) {
            flags.add(QualityFlag.JUMP);
        }
        if (evidenceRequired && (evidenceUrl == null || evidenceUrl.isBlank())) {
            flags.add(QualityFlag.MISSING_EVIDENCE);
        }
        return flags;
    }

    private boolean isJump(List<BigDecimal> history, double value) {
        int n = history.size();
        if (n < MIN_HISTORY) {
            return false;
        }
        double mean = history.stream().mapToDouble(BigDecimal::doubleValue).sum() / n;
        double squares = history.stream().mapToDouble(v -> Math.pow(v.doubleValue() - mean, 2)).sum();
        double deviation = Math.sqrt(squares / (n - 1));
        return deviation > 0 && Math.abs(value - mean) > jumpDeviations * deviation;
    }
}
