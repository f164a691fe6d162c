package id.pantau.events;

import java.time.Instant;

/** {@code opdCode} is the OPD owning the alerted indicator; events written before it existed carry none. */
public record AlertResolved(
        String alertId,
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        Resolution resolution,
        String reason,
        Instant resolvedAt) implements PantauEvent {

    public enum Resolution {
        RECOVERED,
        MANUAL
    }
}
