package id.pantau.reporting.innovationindex;

import id.pantau.events.InnovationStage;
import id.pantau.reporting.period.ReportPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Proyeksi Indeks Inovasi Daerah: per region the projected index from what the platform holds and its band, and
 * per innovation its points by criterion and what is missing to score higher, by the catalogue of
 * {@code catalogueYear}.
 *
 * @param period the period whose reports count for timeliness and whose end the data is read up to (null: now)
 */
public record InnovationIndexReport(String region, int catalogueYear, ReportPeriod period, Instant generatedAt,
                                    List<Criterion> criteria, List<RegionIndex> regions,
                                    List<InnovationScore> innovations) {

    public record Criterion(String code, String label, BigDecimal weight) {
    }

    /** @param index the mean score of the region's innovations */
    public record RegionIndex(int no, String regionCode, String regionName, int innovations, BigDecimal index,
                              String band, String bandLabel) {
    }

    public record InnovationScore(int no, String innovationId, String title, String regionCode, String opdCode,
                                  String opdName, InnovationStage stage, List<CriterionScore> criteria,
                                  BigDecimal score, List<Shortfall> missing) {
    }

    public record CriterionScore(String criterion, BigDecimal points, BigDecimal weight) {
    }

    /** What is missing on one criterion, and the points it would add (null when it cannot be scored at all). */
    public record Shortfall(String criterion, BigDecimal gain, String detail) {
    }
}
