package id.pantau.innovation.region;

import id.pantau.events.RegionLevel;

/** One row of the official list of regions: a province ({@code parentCode} null) or a kabupaten/kota. */
public record OfficialRegion(String code, String name, RegionLevel level, String parentCode,
                             IndonesianTimeZone timeZone) {
}
