package id.pantau.monitoring.judging;

import id.pantau.events.Severity;
import java.math.BigDecimal;

/**
 * The trajectory rule of a trend indicator, with hysteresis: amber when progress {@code ρ < 1 − τ}, red when
 * {@code ρ < 1 − 2τ}; an indicator leaves a worse level only when ρ clears that level's threshold by
 * {@code τ/2} (red → amber at {@code 1 − 1.5τ}, recovery at {@code 1 − τ/2}), so alerts do not flap on noisy,
 * self-reported data.
 */
final class BehindTrajectory {

    private BehindTrajectory() {
    }

    /** The severity for progress ρ given the previous one (null: on track); null when on track. */
    static Severity severity(BigDecimal progress, Severity previous, Tolerance tolerance) {
        int entered = level(progress, tolerance, BigDecimal.ZERO);
        int held = Math.min(level(progress, tolerance, tolerance.recoveryMargin()), levelOf(previous));
        return severityOf(Math.max(entered, held));
    }

    private static int level(BigDecimal progress, Tolerance tolerance, BigDecimal margin) {
        if (progress.compareTo(tolerance.redBelow().add(margin)) < 0) {
            return 2;
        }
        return progress.compareTo(tolerance.amberBelow().add(margin)) < 0 ? 1 : 0;
    }

    private static int levelOf(Severity severity) {
        if (severity == null) {
            return 0;
        }
        return severity == Severity.RED ? 2 : 1;
    }

    private static Severity severityOf(int level) {
        return switch (level) {
            case 2 -> Severity.RED;
            case 1 -> Severity.AMBER;
            default -> null;
        };
    }
}
