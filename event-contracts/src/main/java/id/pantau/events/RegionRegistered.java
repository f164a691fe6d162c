package id.pantau.events;

import java.time.Instant;

/** A province or kabupaten/kota joined the directory; {@code timeZone} is its IANA zone (WIB, WITA or WIT). */
public record RegionRegistered(
        String regionCode,
        String name,
        RegionLevel level,
        String parentCode,
        String timeZone,
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
