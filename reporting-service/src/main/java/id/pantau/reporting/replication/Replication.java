package id.pantau.reporting.replication;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One replication ({@code _id} = the replica's innovation id): its source and the adopter region and OPD. */
@Document("#{@projectionVersions.collection('" + Replication.COLLECTION + "')}")
public record Replication(@Id String replicaId, String sourceId, String regionCode, String opdCode,
                          String adopterRegionCode, String adopterOpdCode, Instant replicatedAt) {

    public static final String COLLECTION = "replications";
}
