package id.pantau.innovation.opd;

import java.time.Instant;

/** An OPD as the API shows it, identified by its region and code. */
public record OpdView(String regionCode, String code, String name, String shortName, OpdKind kind,
                      String parentCode, boolean active, Instant registeredAt) {

    static OpdView of(Opd opd) {
        return new OpdView(opd.regionCode(), opd.code(), opd.name(), opd.shortName(), opd.kind(), opd.parentCode(),
                opd.active(), opd.registeredAt());
    }
}
