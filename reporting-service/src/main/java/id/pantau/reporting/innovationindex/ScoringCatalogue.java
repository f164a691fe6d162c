package id.pantau.reporting.innovationindex;

import id.pantau.events.InnovationStage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One year's scoring catalogue of the projected Indeks Inovasi Daerah ({@code iid-scoring/<year>.yml}): the
 * criteria the platform can score with their weights, and that year's bands. The platform's projection model, not
 * the official instrument: see the catalogue file.
 */
record ScoringCatalogue(int year, List<Band> bands, List<Criterion> criteria) {

    ScoringCatalogue {
        bands = List.copyOf(bands);
        criteria = List.copyOf(criteria);
    }

    /** What the platform can score of an innovation. */
    enum CriterionCode {
        STAGE,
        REPLICATION,
        INDICATORS_WITH_DATA,
        EVIDENCE,
        TIMELINESS
    }

    /**
     * @param stagePoints for {@code STAGE}: the points of each stage (absent: none)
     * @param fullAt      for {@code REPLICATION}: the distinct adopter regions that earn the full weight
     */
    record Criterion(CriterionCode code, String label, BigDecimal weight, Map<InnovationStage, BigDecimal> stagePoints,
                     Integer fullAt) {

        Criterion {
            stagePoints = stagePoints == null ? Map.of() : Map.copyOf(stagePoints);
        }
    }

    /** A band holds scores strictly above {@code above}, or at least {@code atLeast}; with neither, every score. */
    record Band(String code, String label, BigDecimal above, BigDecimal atLeast) {

        boolean holds(BigDecimal score) {
            if (above != null) {
                return score.compareTo(above) > 0;
            }
            return atLeast == null || score.compareTo(atLeast) >= 0;
        }
    }

    Band bandOf(BigDecimal score) {
        return bands.stream().filter(band -> band.holds(score)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no band of " + year + " holds " + score));
    }
}
