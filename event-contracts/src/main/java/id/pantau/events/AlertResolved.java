package id.pantau.events;

import java.time.Instant;

public record AlertResolved(
        String alertId,
        String innovationId,
        String indicatorId,
        String regionCode,
        Resolution resolution,
        String reason,
        Instant resolvedAt) implements PantauEvent {

    public enum Resolution {
        RECOVERED,
        MANUAL
    }
}
