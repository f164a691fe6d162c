package id.pantau.innovation.innovation;

import id.pantau.innovation.indicator.EvidenceLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A replication of an innovation as its originator keeps it: the adopter's new innovation, when, on what documents, recorded by whom. */
public record Replication(String replicaId, String adopterRegionCode, String adopterOpdCode, LocalDate date,
                          List<EvidenceLink> documents, String recordedBy, Instant recordedAt) {
}
