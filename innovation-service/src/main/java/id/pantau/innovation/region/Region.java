package id.pantau.innovation.region;

import id.pantau.events.RegionLevel;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A province or kabupaten/kota of the directory, identified by its Kemendagri code. */
@Document("regions")
public record Region(
        @Id String code,
        String name,
        RegionLevel level,
        @Indexed String parentCode,
        String timeZone,
        Instant registeredAt) {
}
