package id.pantau.innovation.region;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The three time zones of Indonesia, none with daylight saving; a region keeps the IANA id of its zone. */
public enum IndonesianTimeZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private final String zoneId;

    IndonesianTimeZone(String zoneId) {
        this.zoneId = zoneId;
    }

    public String zoneId() {
        return zoneId;
    }

    public static Optional<IndonesianTimeZone> ofZoneId(String zoneId) {
        return Arrays.stream(values()).filter(zone -> zone.zoneId.equals(zoneId)).findFirst();
    }

    /** For messages: {@code Asia/Jakarta, Asia/Makassar, Asia/Jayapura}. */
    public static String allowedZoneIds() {
        return Arrays.stream(values()).map(IndonesianTimeZone::zoneId).collect(Collectors.joining(", "));
    }
}
