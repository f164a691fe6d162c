package id.pantau.monitoring.region;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A region as the directory announced it, kept for its time zone: due dates are counted in the region's days. */
@Document("regions")
public record Region(@Id String regionCode, String name, String parentCode, String timeZone) {
}
