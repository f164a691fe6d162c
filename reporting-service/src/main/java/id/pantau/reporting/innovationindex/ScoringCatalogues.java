package id.pantau.reporting.innovationindex;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.events.InnovationStage;
import id.pantau.reporting.innovationindex.ScoringCatalogue.Band;
import id.pantau.reporting.innovationindex.ScoringCatalogue.Criterion;
import id.pantau.reporting.innovationindex.ScoringCatalogue.CriterionCode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/** The scoring catalogues in {@code iid-scoring/}, one per year, read once at start. */
@Component
class ScoringCatalogues {

    private final TreeMap<Integer, ScoringCatalogue> byYear = new TreeMap<>();

    ScoringCatalogues() throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:iid-scoring/*.yml")) {
            try (InputStream in = resource.getInputStream()) {
                ScoringCatalogue catalogue = parse(new Yaml().load(in));
                byYear.put(catalogue.year(), catalogue);
            }
        }
        if (byYear.isEmpty()) {
            throw new IllegalStateException("no scoring catalogue in iid-scoring/");
        }
    }

    /** The catalogue of {@code year}, or the newest without one; an unknown year is a 422 problem. */
    ScoringCatalogue forYear(String year) {
        if (year == null || year.isBlank()) {
            return byYear.lastEntry().getValue();
        }
        ScoringCatalogue catalogue = null;
        try {
            catalogue = byYear.get(Integer.valueOf(year.strip()));
        } catch (NumberFormatException notAYear) {
            // answered below like an unknown year
        }
        if (catalogue == null) {
            throw ApiProblem.unprocessable("iid-catalogue-unknown", "year", "iid-year-unknown", year, byYear.keySet());
        }
        return catalogue;
    }

    @SuppressWarnings("unchecked")
    static ScoringCatalogue parse(Map<String, Object> yaml) {
        List<Band> bands = ((List<Map<String, Object>>) yaml.get("bands")).stream()
                .map(band -> new Band((String) band.get("code"), (String) band.get("label"), decimal(band.get("above")),
                        decimal(band.get("atLeast")))).toList();
        List<Criterion> criteria = ((List<Map<String, Object>>) yaml.get("criteria")).stream().map(criterion -> {
            Map<InnovationStage, BigDecimal> stagePoints = new EnumMap<>(InnovationStage.class);
            Map<String, Object> stages = (Map<String, Object>) criterion.get("stagePoints");
            if (stages != null) {
                stages.forEach((stage, points) -> stagePoints.put(InnovationStage.valueOf(stage), decimal(points)));
            }
            return new Criterion(CriterionCode.valueOf((String) criterion.get("code")), (String) criterion.get("label"),
                    decimal(criterion.get("weight")), stagePoints, (Integer) criterion.get("fullAt"));
        }).toList();
        return new ScoringCatalogue((Integer) yaml.get("year"), bands, criteria);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
