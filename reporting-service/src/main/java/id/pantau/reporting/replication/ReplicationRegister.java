package id.pantau.reporting.replication;

import id.pantau.defaults.security.Scope;
import id.pantau.events.RegionCode;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.directory.Directory;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.report.ReportFilter;
import id.pantau.reporting.replication.ReplicationReport.Line;
import id.pantau.reporting.replication.ReplicationReport.Source;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads the replications whose source or adopter lies in the region asked for and the caller's scope, names them
 * from the action plans the caller may read, and counts distinct adopter regions per source.
 */
@Component
class ReplicationRegister {

    private final MongoTemplate mongo;
    private final Directory directory;
    private final Clock clock;

    ReplicationRegister(MongoTemplate mongo, Directory directory, Clock clock) {
        this.mongo = mongo;
        this.directory = directory;
        this.clock = clock;
    }

    /** An innovation filter keeps the replications of which it is the source or the replica. */
    ReplicationReport report(ReportFilter filter) {
        RegionCode region = filter.region();
        String opdCode = filter.opdCode();
        ReportPeriod period = filter.period();
        Scope scope = Scope.current();
        Criteria source = side("regionCode", "opdCode", region, opdCode, scope);
        Criteria adopter = side("adopterRegionCode", "adopterOpdCode", region, opdCode, scope);
        List<Replication> found = mongo.find(Query.query(new Criteria().orOperator(source, adopter)), Replication.class)
                .stream()
                .filter(replication -> period == null || inPeriod(replication.replicatedAt(), period))
                .filter(replication -> filter.innovationId() == null || filter.innovationId().equals(replication.sourceId())
                        || filter.innovationId().equals(replication.replicaId()))
                .sorted(Comparator.comparing(Replication::replicatedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Replication::replicaId))
                .toList();
        Set<String> ids = new HashSet<>();
        found.forEach(replication -> {
            ids.add(replication.sourceId());
            ids.add(replication.replicaId());
        });
        Map<String, ActionPlan> plans = mongo.find(Query.query(new Criteria().andOperator(
                        Criteria.where("_id").in(ids), scope.readable("regionCode"))), ActionPlan.class).stream()
                .collect(Collectors.toMap(ActionPlan::innovationId, Function.identity()));
        Map<String, String> regionNames = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Replication replication : found) {
            ActionPlan from = plans.get(replication.sourceId());
            ActionPlan to = plans.get(replication.replicaId());
            lines.add(new Line(lines.size() + 1, replication.sourceId(), from == null ? null : from.title(),
                    replication.regionCode(), name(regionNames, replication.regionCode()), replication.opdCode(),
                    from == null ? null : from.opdName(), replication.replicaId(), to == null ? null : to.title(),
                    replication.adopterRegionCode(), name(regionNames, replication.adopterRegionCode()),
                    replication.adopterOpdCode(), to == null ? null : to.opdName(),
                    replication.replicatedAt() == null ? null : replication.replicatedAt().atZone(clock.getZone()).toLocalDate()));
        }
        Map<String, List<Line>> bySource = lines.stream()
                .collect(Collectors.groupingBy(Line::sourceId, LinkedHashMap::new, Collectors.toList()));
        List<Source> sources = new ArrayList<>();
        bySource.forEach((id, replications) -> sources.add(new Source(sources.size() + 1, id,
                replications.get(0).sourceTitle(), replications.get(0).regionCode(), replications.size(),
                (int) replications.stream().map(Line::adopterRegionCode).distinct().count())));
        return new ReplicationReport(region.value(), period, Instant.now(clock), lines, sources);
    }

    /** The side (source or adopter) lies in the region asked for, the OPD if one was, and the caller's scope. */
    private static Criteria side(String regionField, String opdField, RegionCode region, String opdCode, Scope scope) {
        List<Criteria> criteria = new ArrayList<>(List.of(scope.readable(regionField), region.isProvince()
                ? Criteria.where(regionField).regex("^" + region.value() + "(\\.|$)")
                : Criteria.where(regionField).is(region.value())));
        if (opdCode != null) {
            criteria.add(Criteria.where(opdField).is(opdCode));
        }
        return new Criteria().andOperator(criteria);
    }

    private boolean inPeriod(Instant at, ReportPeriod period) {
        if (at == null) {
            return false;
        }
        LocalDate day = at.atZone(clock.getZone()).toLocalDate();
        return !day.isBefore(period.start()) && !day.isAfter(period.end());
    }

    private String name(Map<String, String> names, String regionCode) {
        return regionCode == null ? null
                : names.computeIfAbsent(regionCode, code -> directory.regionName(code).orElse(null));
    }
}
