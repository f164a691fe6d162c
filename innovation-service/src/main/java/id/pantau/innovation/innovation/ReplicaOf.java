package id.pantau.innovation.innovation;

import id.pantau.innovation.indicator.EvidenceLink;
import java.time.LocalDate;
import java.util.List;

/** Where a replica comes from: the originating innovation, its region and OPD, when and on what documents. */
public record ReplicaOf(String innovationId, String regionCode, String opdCode, LocalDate date,
                        List<EvidenceLink> documents) {
}
