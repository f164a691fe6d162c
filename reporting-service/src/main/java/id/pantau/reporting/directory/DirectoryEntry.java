package id.pantau.reporting.directory;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A region ({@code _id} = its code) or an OPD ({@code _id} = region code / OPD code) of innovation-service's
 * directory, for the names reports print beside codes. {@code asOf} is the time of the event that named it.
 */
@Document("#{@projectionVersions.collection('" + DirectoryEntry.COLLECTION + "')}")
public record DirectoryEntry(@Id String id, String regionCode, String opdCode, String name, String shortName,
                             String timeZone, Instant asOf) {

    public static final String COLLECTION = "directory";

    static String regionId(String regionCode) {
        return regionCode;
    }

    static String opdId(String regionCode, String opdCode) {
        return regionCode + "/" + opdCode;
    }
}
