package id.pantau.events;

import java.time.Instant;

public record AlertRaised(
        String alertId,
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        AlertRule rule,
        Severity severity,
        String period,
        Instant raisedAt) implements PantauEvent {
}
