package id.pantau.innovation.region;

import id.pantau.events.RegionLevel;
import java.time.Instant;

/** A region as the API shows it. */
public record RegionView(String code, String name, RegionLevel level, String parentCode, String timeZone,
                         Instant registeredAt) {

    static RegionView of(Region region) {
        return new RegionView(region.code(), region.name(), region.level(), region.parentCode(), region.timeZone(),
                region.registeredAt());
    }
}
