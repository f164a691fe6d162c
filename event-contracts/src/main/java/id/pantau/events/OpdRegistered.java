package id.pantau.events;

import java.time.Instant;

/**
 * An OPD joined the directory of its region. {@code kind} is one of DINAS, BADAN, INSPEKTORAT, SEKRETARIAT,
 * KECAMATAN, UPTD, RSUD, OTHER; {@code parentOpdCode} names the OPD a sub-unit belongs to.
 */
public record OpdRegistered(
        String regionCode,
        String opdCode,
        String name,
        String shortName,
        String kind,
        String parentOpdCode,
        boolean active,
        Instant registeredAt) implements PantauEvent {

    @Override
    public String innovationId() {
        return null;
    }

    @Override
    public String key() {
        return regionCode;
    }
}
