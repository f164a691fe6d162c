package id.pantau.notification.alert;

import id.pantau.events.AlertResolved;
import id.pantau.events.AlertRule;
import id.pantau.events.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An alert as the API shows it. */
public record AlertView(
        String id,
        String innovationId,
        String indicatorId,
        String indicatorName,
        String regionCode,
        String opdCode,
        AlertRule rule,
        Severity severity,
        String period,
        String recoveredIn,
        BigDecimal expected,
        BigDecimal actual,
        BigDecimal progressRatio,
        AlertState state,
        AlertResolved.Resolution resolution,
        int occurrences,
        int level,
        Instant nextEscalationAt,
        Instant openedAt,
        Instant lastSeenAt,
        Instant acknowledgedAt,
        Instant resolvedAt,
        List<AlertTransition> history) {

    static AlertView of(Alert alert) {
        return new AlertView(alert.id(), alert.innovationId(), alert.indicatorId(), alert.indicatorName(),
                alert.regionCode(), alert.opdCode(), alert.rule(), alert.severity(), alert.period(), alert.recoveredIn(),
                alert.expected(), alert.actual(), alert.progressRatio(), alert.state(), alert.resolution(), alert.occurrences(),
                alert.level(), alert.nextEscalationAt(),
                alert.openedAt(), alert.lastSeenAt(), alert.acknowledgedAt(), alert.resolvedAt(), alert.history());
    }
}
