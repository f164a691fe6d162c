package id.pantau.reporting.innovationindex;

import id.pantau.events.RegionCode;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.actionplan.ActionPlanQueries;
import id.pantau.reporting.compliance.ComplianceReport;
import id.pantau.reporting.compliance.ComplianceReport.DueReport;
import id.pantau.reporting.compliance.ReportingCompliance;
import id.pantau.reporting.directory.Directory;
import id.pantau.reporting.measurement.MeasurementHistory;
import id.pantau.reporting.measurement.MeasurementRecord;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.report.ReportFilter;
import id.pantau.reporting.replication.Replication;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Gathers what the index projection scores, within the caller's scope: the region's action plans, their
 * measurements up to the period's end, their replications in other regions and the reports due in the period.
 */
@Component
public class InnovationIndexAssembler {

    private final ScoringCatalogues catalogues;
    private final ActionPlanQueries plans;
    private final MeasurementHistory history;
    private final ReportingCompliance compliance;
    private final Directory directory;
    private final MongoTemplate mongo;
    private final Clock clock;

    InnovationIndexAssembler(ScoringCatalogues catalogues, ActionPlanQueries plans, MeasurementHistory history,
                             ReportingCompliance compliance, Directory directory, MongoTemplate mongo, Clock clock) {
        this.catalogues = catalogues;
        this.plans = plans;
        this.history = history;
        this.compliance = compliance;
        this.directory = directory;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The projection by the newest scoring catalogue, as the dashboard shows it. */
    public InnovationIndexReport report(ReportFilter filter) {
        return report(catalogues.forYear(null), filter);
    }

    InnovationIndexReport report(ScoringCatalogue catalogue, ReportFilter filter) {
        RegionCode region = filter.region();
        ReportPeriod period = filter.period();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period == null ? today : period.asOf(today);
        List<ActionPlan> inRegion = plans.matching(filter.wholeInnovations());
        List<String> indicatorIds = inRegion.stream().flatMap(plan -> plan.indicators().keySet().stream()).toList();
        Map<String, List<MeasurementRecord>> measured = history.upTo(indicatorIds, period == null ? null : period.end());
        ReportPeriod duePeriod = compliance.periodOf(period);
        ComplianceReport due = compliance.report(region.value(), inRegion, duePeriod,
                history.within(indicatorIds, duePeriod));
        Map<String, List<DueReport>> dueByInnovation = due.reports().stream()
                .collect(Collectors.groupingBy(DueReport::innovationId));
        Map<String, Integer> adopterRegions = adopterRegions(inRegion, asOf);
        Map<String, IndexProjection.Facts> facts = new HashMap<>();
        for (ActionPlan plan : inRegion) {
            facts.put(plan.innovationId(), new IndexProjection.Facts(
                    plan.indicators().keySet().stream().filter(measured::containsKey)
                            .collect(Collectors.toMap(Function.identity(), measured::get)),
                    adopterRegions.getOrDefault(plan.innovationId(), 0),
                    dueByInnovation.getOrDefault(plan.innovationId(), List.of())));
        }
        Map<String, String> regionNames = new HashMap<>();
        inRegion.stream().map(ActionPlan::regionCode).distinct().forEach(code ->
                directory.regionName(code).ifPresent(name -> regionNames.put(code, name)));
        return new IndexProjection(catalogue, asOf, clock.getZone())
                .report(region.value(), period, Instant.now(clock), inRegion, facts, regionNames);
    }

    /** Per innovation, the distinct regions other than its own that replicated it by {@code asOf}. */
    private Map<String, Integer> adopterRegions(List<ActionPlan> inRegion, LocalDate asOf) {
        Map<String, String> ownRegion = inRegion.stream()
                .collect(Collectors.toMap(ActionPlan::innovationId, ActionPlan::regionCode));
        Instant until = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return mongo.find(Query.query(Criteria.where("sourceId").in(ownRegion.keySet())), Replication.class).stream()
                .filter(replication -> replication.replicatedAt() == null || replication.replicatedAt().isBefore(until))
                .filter(replication -> !Objects.equals(replication.adopterRegionCode(), ownRegion.get(replication.sourceId())))
                .collect(Collectors.groupingBy(Replication::sourceId, Collectors.collectingAndThen(
                        Collectors.mapping(Replication::adopterRegionCode, Collectors.toSet()), Set::size)));
    }
}
