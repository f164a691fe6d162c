package id.pantau.calendar;

import java.time.ZoneId;
import java.util.Optional;

/** Indonesia's three time zones; a region's office hours and due dates are in its own. */
public enum IndonesianZone {
    /** Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan. */
    WIB("Asia/Jakarta"),
    /** Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, Sulawesi, South, East and North Kalimantan. */
    WITA("Asia/Makassar"),
    /** Waktu Indonesia Timur, UTC+9: Maluku and Papua. */
    WIT("Asia/Jayapura");

    private final ZoneId zoneId;

    IndonesianZone(String zoneId) {
        this.zoneId = ZoneId.of(zoneId);
    }

    public ZoneId zoneId() {
        return zoneId;
    }

    /** The zone with this IANA id (e.g. {@code Asia/Makassar}) or name ({@code WITA}). */
    public static Optional<IndonesianZone> of(String zone) {
        for (IndonesianZone candidate : values()) {
            if (candidate.name().equalsIgnoreCase(zone) || candidate.zoneId.getId().equals(zone)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
