package id.pantau.monitoring.compliance;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.events.Period;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ComplianceController {

    private final MongoTemplate mongo;

    ComplianceController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/v1/compliance")
    @Operation(summary = "On-time reporting per OPD within the caller's scope",
            description = "region: a kabupaten/kota, or a province with all its kabupaten/kota; period: the reports of "
                    + "periods ending within it (2026-03, 2026-Q1, 2026-S1, 2026).")
    ComplianceView compliance(@RequestParam(required = false) String region,
                              @RequestParam(required = false) String period) {
        List<Criteria> criteria = new ArrayList<>(List.of(Scope.current().readable("regionCode")));
        if (region != null && !region.isBlank()) {
            criteria.add(Criteria.where("regionCode").regex("^" + Pattern.quote(region.strip()) + "(\\.|$)"));
        }
        if (period != null && !period.isBlank()) {
            Period within = parse(period);
            criteria.add(Criteria.where("periodEnd").gte(within.start()).lte(within.end()));
        }
        Map<String, List<ReportPeriod>> byOpd = new TreeMap<>();
        for (ReportPeriod report : mongo.find(Query.query(new Criteria().andOperator(criteria)), ReportPeriod.class)) {
            byOpd.computeIfAbsent(report.regionCode() + "|" + report.opdCode(), key -> new ArrayList<>()).add(report);
        }
        List<ComplianceView.OpdCompliance> opds = byOpd.values().stream()
                .map(reports -> ComplianceView.OpdCompliance.of(reports.get(0).regionCode(), reports.get(0).opdCode(),
                        reports))
                .sorted(Comparator.comparing(ComplianceView.OpdCompliance::regionCode)
                        .thenComparing(ComplianceView.OpdCompliance::opdCode))
                .toList();
        return new ComplianceView(region, period, opds);
    }

    private static Period parse(String period) {
        try {
            return Period.of(period);
        } catch (IllegalArgumentException notAPeriod) {
            throw ApiProblem.invalid("period", "period-any-format", period);
        }
    }
}
