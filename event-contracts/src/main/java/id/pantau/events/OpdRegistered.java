package id.pantau.events;

import java.time.Instant;

/**
 * An OPD joined the directory of its region, or changed: it is published again with the OPD's whole new state
 * after every change (name, kind, parent, active), so consumers upsert their labels by region and OPD code; keyed
 * by the region, the versions of one OPD arrive in order. {@code registeredAt} stays the first registration. {@code kind} is one of DINAS, BADAN, INSPEKTORAT, SEKRETARIAT, KECAMATAN,
 * UPTD, RSUD, OTHER; {@code parentOpdCode} names the OPD a sub-unit belongs to.
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
