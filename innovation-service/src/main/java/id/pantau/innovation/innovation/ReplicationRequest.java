package id.pantau.innovation.innovation;

import id.pantau.innovation.indicator.EvidenceLink;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A replication to record: the adopting region and OPD, the date it was taken over, the supporting documents,
 * and optionally when the replica starts (default: the replication date) and its target time (default: as long
 * as the original's).
 */
public record ReplicationRequest(String regionCode, String opdCode, LocalDate date, LocalDate startDate,
                                 LocalDate targetDate, Period targetDuration, List<EvidenceLink> documents) {
}
