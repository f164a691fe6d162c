package id.pantau.innovation.region;

import id.pantau.events.RegionLevel;
import java.time.Instant;

/**
 * A region as the API shows it: {@code active} once it takes part, {@code source} the decree of the official
 * list it comes from (absent for a region registered by hand).
 */
public record RegionView(String code, String name, RegionLevel level, String parentCode, String timeZone,
                         boolean active, String source, Instant registeredAt, Instant activatedAt) {

    static RegionView of(Region region) {
        return new RegionView(region.code(), region.name(), region.level(), region.parentCode(), region.timeZone(),
                region.active(), region.source(), region.registeredAt(), region.activatedAt());
    }
}
