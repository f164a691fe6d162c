package id.pantau.reporting.replication;

import id.pantau.reporting.period.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Laporan Replikasi Inovasi: the replications whose source or adopter is in the region, and per source innovation
 * the number of replications and of distinct adopter regions (what the Indeks Inovasi Daerah counts).
 * Titles and OPD names of innovations the caller may not read are absent.
 *
 * @param period null for every replication so far
 */
public record ReplicationReport(String region, ReportPeriod period, Instant generatedAt, List<Line> replications,
                                List<Source> sources) {

    public record Line(int no, String sourceId, String sourceTitle, String regionCode, String regionName,
                       String opdCode, String opdName, String replicaId, String replicaTitle,
                       String adopterRegionCode, String adopterRegionName, String adopterOpdCode,
                       String adopterOpdName, LocalDate replicatedOn) {
    }

    public record Source(int no, String sourceId, String sourceTitle, String regionCode, int replications,
                         int distinctAdopterRegions) {
    }
}
