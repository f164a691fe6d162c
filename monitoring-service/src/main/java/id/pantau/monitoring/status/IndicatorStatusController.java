package id.pantau.monitoring.status;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.events.IndicatorHealth;
import id.pantau.monitoring.compliance.ReportingCompliance;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.indicator.IndicatorRepository;
import id.pantau.monitoring.judging.IndicatorJudging;
import id.pantau.monitoring.judging.IndicatorStatus;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IndicatorStatusController {

    private final IndicatorRepository indicators;
    private final IndicatorJudging judging;
    private final ReportingCompliance compliance;
    private final MongoTemplate mongo;

    IndicatorStatusController(IndicatorRepository indicators, IndicatorJudging judging, ReportingCompliance compliance,
                              MongoTemplate mongo) {
        this.indicators = indicators;
        this.judging = judging;
        this.compliance = compliance;
        this.mongo = mongo;
    }

    @GetMapping("/api/v1/indicators/{id}/status")
    @Operation(summary = "An indicator's definition, its judgement by the latest measured period and its series of "
            + "expected and measured values per period; one outside the caller's scope is not found")
    IndicatorStatusView status(@PathVariable String id) {
        Indicator indicator = indicators.findReadable(id, Scope.current())
                .orElseThrow(() -> ApiProblem.notFound("indicator-not-found", id));
        Query values = Query.query(Criteria.where("indicatorId").is(id));
        values.fields().include("period", "value");
        Map<String, BigDecimal> measured = new HashMap<>();
        for (Document measurement : mongo.find(values, Document.class, "measurements")) {
            measured.put(measurement.getString("period"), measurement.get("value", Decimal128.class).bigDecimalValue());
        }
        return IndicatorStatusView.of(indicator, judging.find(id).orElse(null), compliance.isOverdue(id))
                .withSeries(SeriesPoint.of(indicator, measured));
    }

    @GetMapping("/api/v1/status")
    @Operation(summary = "The status of the indicators in the caller's scope, by region, OPD, health and overdue report",
            description = "region: a kabupaten/kota, or a province with all its kabupaten/kota; health: one of "
                    + "ACHIEVED, ON_TRACK, BEHIND, AT_RISK, MISSED, NO_DATA; overdue: true for the indicators with an "
                    + "overdue report, false for the others.")
    PageView<IndicatorStatusView> list(@RequestParam(required = false) String region,
                                       @RequestParam(required = false) String opd,
                                       @RequestParam(required = false) IndicatorHealth health,
                                       @RequestParam(required = false) Boolean overdue,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        PageQuery paging = PageQuery.of(page, size);
        List<Criteria> where = new ArrayList<>(List.of(Scope.current().readable("regionCode")));
        if (region != null && !region.isBlank()) {
            where.add(Criteria.where("regionCode").regex("^" + Pattern.quote(region.strip()) + "(\\.|$)"));
        }
        if (opd != null && !opd.isBlank()) {
            where.add(Criteria.where("opdCode").is(opd.strip()));
        }
        // the same scope, region and OPD pick the statuses and reports that decide health and overdue
        List<Criteria> within = List.copyOf(where);
        if (health != null) {
            Set<String> judged = ids(health == IndicatorHealth.NO_DATA ? new Criteria()
                    : Criteria.where("health").is(health), within, "indicator_status", "_id");
            where.add(health == IndicatorHealth.NO_DATA ? Criteria.where("_id").nin(judged)
                    : Criteria.where("_id").in(judged));
        }
        if (overdue != null) {
            Set<String> late = ids(Criteria.where("state").in("OVERDUE", "SEVERELY_OVERDUE"), within, "report_periods",
                    "indicatorId");
            where.add(overdue ? Criteria.where("_id").in(late) : Criteria.where("_id").nin(late));
        }
        Query query = Query.query(new Criteria().andOperator(where));
        long total = mongo.count(query, Indicator.class);
        List<Indicator> found = mongo.find(Query.of(query).with(Sort.by("regionCode", "opdCode", "_id"))
                .skip(paging.offset()).limit(paging.size()), Indicator.class);
        Set<String> ids = found.stream().map(Indicator::indicatorId).collect(Collectors.toSet());
        Map<String, IndicatorStatus> statuses = mongo.find(Query.query(Criteria.where("_id").in(ids)),
                IndicatorStatus.class).stream().collect(Collectors.toMap(IndicatorStatus::indicatorId,
                Function.identity()));
        Set<String> lateOnes = ids.isEmpty() ? Set.of() : compliance.overdue(ids);
        return PageView.of(found.stream().map(indicator -> IndicatorStatusView.of(indicator,
                statuses.get(indicator.indicatorId()), lateOnes.contains(indicator.indicatorId()))).toList(), paging,
                total);
    }

    /** The ids (in {@code idField}) of the documents of a collection matching the condition within the filters. */
    private Set<String> ids(Criteria condition, List<Criteria> filters, String collection, String idField) {
        List<Criteria> all = new ArrayList<>(filters);
        all.add(condition);
        Query query = Query.query(new Criteria().andOperator(all));
        query.fields().include(idField);
        return mongo.find(query, Document.class, collection).stream()
                .map(document -> String.valueOf(document.get(idField))).collect(Collectors.toSet());
    }
}
