package id.pantau.innovation.region;

import id.pantau.events.RegionLevel;

/**
 * A region to add to the directory. {@code level} and {@code parentCode} follow from the code and may be
 * left out; {@code timeZone} defaults to Asia/Jakarta (WIB).
 */
public record NewRegion(String code, String name, RegionLevel level, String parentCode, String timeZone) {
}
