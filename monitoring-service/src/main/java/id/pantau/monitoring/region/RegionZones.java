package id.pantau.monitoring.region;

import id.pantau.calendar.IndonesianZone;
import id.pantau.events.RegionCode;
import id.pantau.events.RegionRegistered;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The time zone of each region, from the directory's {@code RegionRegistered} events: the region's own, else its
 * province's, else WIB (the zone of most regions) until the directory has announced it.
 */
@Component
public class RegionZones {

    public static final ZoneId DEFAULT = IndonesianZone.WIB.zoneId();

    private final MongoTemplate mongo;

    public RegionZones(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void registered(RegionRegistered region) {
        mongo.save(new Region(region.regionCode(), region.name(), region.parentCode(), region.timeZone()));
    }

    /** The zones of every known region, read once, for a round over many indicators. */
    public Function<String, ZoneId> snapshot() {
        Map<String, ZoneId> zones = mongo.findAll(Region.class).stream()
                .filter(region -> region.timeZone() != null && IndonesianZone.of(region.timeZone()).isPresent())
                .collect(Collectors.toMap(Region::regionCode,
                        region -> IndonesianZone.of(region.timeZone()).orElseThrow().zoneId()));
        return regionCode -> zoneOf(regionCode, zones);
    }

    private static ZoneId zoneOf(String regionCode, Map<String, ZoneId> zones) {
        if (regionCode == null) {
            return DEFAULT;
        }
        ZoneId own = zones.get(regionCode);
        if (own != null) {
            return own;
        }
        return RegionCode.parse(regionCode).map(code -> zones.get(code.province().value())).orElse(DEFAULT);
    }
}
