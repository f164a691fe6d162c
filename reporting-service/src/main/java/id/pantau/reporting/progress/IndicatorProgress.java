package id.pantau.reporting.progress;

import id.pantau.events.IndicatorKind;
import id.pantau.events.Polarity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Judges an indicator from its definition and latest measurement, as DOMAIN.md defines it. Expected value of a
 * trend: {@code E(t) = B + (T − B)·clamp((t − t0)/(tD − t0), 0, 1)} at the end of the latest period; progress
 * ratio {@code ρ = (A − B)/(E − B)}; health by the thresholds. Time is counted in calendar months (a month is a
 * month, whatever its days), so that the end of March is exactly half of January–June, as monitoring-service
 * and the reports count it.
 */
public final class IndicatorProgress {

    /** The definition of an indicator; for a bound {@code target} is the limit, a milestone has neither. */
    public record Indicator(IndicatorKind kind, Polarity polarity, BigDecimal baseline, BigDecimal target,
                            LocalDate deadline) {
    }

    /** The latest accepted measurement of an indicator. */
    public record Measurement(ReportingPeriod period, BigDecimal value) {
    }

    /** A milestone measurement reports 1 when done and 0 while not yet. */
    private static final BigDecimal MILESTONE_DONE = BigDecimal.ONE;
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final HealthThresholds thresholds;

    public IndicatorProgress(HealthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param start  the innovation's start date (t0, the date of the baseline)
     * @param latest the latest measurement, or null when none arrived
     * @param today  the day the report is read
     */
    public IndicatorAssessment assess(Indicator indicator, LocalDate start, Measurement latest, LocalDate today) {
        boolean deadlinePassed = indicator.deadline() != null && today.isAfter(indicator.deadline());
        if (latest == null || indicator.kind() == null) {
            return judged(deadlinePassed ? Health.MISSED : Health.NO_DATA);
        }
        return switch (indicator.kind()) {
            case TREND -> trend(indicator, start, latest, deadlinePassed);
            case BOUND -> bound(indicator, latest, deadlinePassed);
            case MILESTONE -> milestone(latest, deadlinePassed);
        };
    }

    private IndicatorAssessment trend(Indicator indicator, LocalDate start, Measurement latest, boolean deadlinePassed) {
        BigDecimal baseline = indicator.baseline();
        BigDecimal target = indicator.target();
        if (baseline == null || target == null || start == null || indicator.deadline() == null) {
            return judged(Health.NO_DATA);
        }
        BigDecimal share = elapsedShare(start, indicator.deadline(), latest.period().end());
        BigDecimal expected = baseline.add(target.subtract(baseline).multiply(share, PRECISION), PRECISION);
        BigDecimal ratio = expected.compareTo(baseline) == 0 ? null
                : latest.value().subtract(baseline).divide(expected.subtract(baseline), PRECISION);
        Health health;
        if (meets(latest.value(), indicator)) {
            health = Health.ACHIEVED;
        } else if (deadlinePassed) {
            health = Health.MISSED;
        } else if (ratio == null) {
            health = Health.ON_TRACK; // nothing was expected yet, and the target is not met yet either
        } else {
            health = byThresholds(ratio);
        }
        return new IndicatorAssessment(rounded(expected), rounded(ratio), health);
    }

    private static IndicatorAssessment bound(Indicator indicator, Measurement latest, boolean deadlinePassed) {
        if (indicator.target() == null) {
            return judged(Health.NO_DATA);
        }
        boolean respected = meets(latest.value(), indicator);
        if (deadlinePassed) {
            return judged(respected ? Health.ACHIEVED : Health.MISSED);
        }
        return judged(respected ? Health.ON_TRACK : Health.AT_RISK);
    }

    private static IndicatorAssessment milestone(Measurement latest, boolean deadlinePassed) {
        if (latest.value().compareTo(MILESTONE_DONE) >= 0) {
            return judged(Health.ACHIEVED);
        }
        return judged(deadlinePassed ? Health.MISSED : Health.ON_TRACK);
    }

    private Health byThresholds(BigDecimal ratio) {
        if (ratio.compareTo(thresholds.onTrack()) >= 0) {
            return Health.ON_TRACK;
        }
        return ratio.compareTo(thresholds.behind()) >= 0 ? Health.BEHIND : Health.AT_RISK;
    }

    /** Whether a value meets the target (a trend) or respects the limit (a bound), the limit itself included. */
    private static boolean meets(BigDecimal value, Indicator indicator) {
        int comparison = value.compareTo(indicator.target());
        return lowerIsBetter(indicator) ? comparison <= 0 : comparison >= 0;
    }

    private static boolean lowerIsBetter(Indicator indicator) {
        if (indicator.polarity() != null) {
            return indicator.polarity() == Polarity.LOWER_IS_BETTER;
        }
        return indicator.baseline() != null && indicator.target().compareTo(indicator.baseline()) < 0;
    }

    /** The share of the months from {@code start} to the end of {@code deadline} that passed by the end of {@code at}. */
    static BigDecimal elapsedShare(LocalDate start, LocalDate deadline, LocalDate at) {
        BigDecimal total = months(start, deadline.plusDays(1));
        if (total.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal share = months(start, at.plusDays(1)).divide(total, PRECISION);
        return share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static BigDecimal months(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return BigDecimal.ZERO;
        }
        long whole = ChronoUnit.MONTHS.between(from, to);
        LocalDate anchor = from.plusMonths(whole);
        long days = ChronoUnit.DAYS.between(anchor, to);
        long monthLength = ChronoUnit.DAYS.between(anchor, from.plusMonths(whole + 1));
        return BigDecimal.valueOf(whole).add(BigDecimal.valueOf(days).divide(BigDecimal.valueOf(monthLength), PRECISION));
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static IndicatorAssessment judged(Health health) {
        return new IndicatorAssessment(null, null, health);
    }
}
