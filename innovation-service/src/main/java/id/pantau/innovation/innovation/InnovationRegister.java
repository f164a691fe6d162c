package id.pantau.innovation.innovation;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.events.InnovationStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The register of innovations: records new ones with their announcement and audit entry, and reads them back,
 * always within the caller's scope. An innovation of a region the caller cannot read is answered like one
 * that does not exist; an OPD operator registers only for its own OPD.
 */
@Service
public class InnovationRegister {

    static final String AUDITED_ENTITY = "innovation";

    private final MongoTemplate mongo;
    private final DirectoryLookup directory;
    private final InnovationSettings settings;
    private final OutboxRelay relay;

    public InnovationRegister(MongoTemplate mongo, DirectoryLookup directory, InnovationSettings settings,
                              OutboxRelay relay) {
        this.mongo = mongo;
        this.directory = directory;
        this.settings = settings;
        this.relay = relay;
    }

    /**
     * Inserts the innovation with its InnovationRegistered event and audit entry in one write, then has them
     * relayed.
     *
     * @throws ApiProblem 404 for a region outside the caller's scope, 403 for an OPD the caller may not register
     *                    for, 400 for invalid input
     */
    public Innovation register(NewInnovation request) {
        Innovation innovation = check(request);
        AuditEntry registration = AuditEntry.of(AUDITED_ENTITY, innovation.id(), "register", innovation.regionCode(),
                innovation.opdCode(), null, InnovationView.of(innovation));
        mongo.insert(innovation.audited(registration));
        relay.relaySoon();
        return innovation;
    }

    /**
     * The innovation {@link #register} would record, judged by the same scope and rules, without writing or
     * announcing anything (an import's dry run).
     *
     * @throws ApiProblem as {@link #register}
     */
    public Innovation check(NewInnovation request) {
        checkWritable(request);
        return InnovationRules.register(request, directory, settings, () -> ObjectId.get().toHexString(),
                Scope.current().caller().subject(), Moments.now());
    }

    /** @throws ApiProblem 404 when no such innovation exists within the caller's scope */
    public Innovation find(String id) {
        Innovation innovation = mongo.findOne(Query.query(readable(List.of(Criteria.where("id").is(id)))),
                Innovation.class);
        if (innovation == null) {
            throw ApiProblem.notFound("innovation-not-found", id);
        }
        return innovation;
    }

    /**
     * Within the caller's scope, narrowed by the filter, in the order {@code sort} names ({@code field} or
     * {@code field,asc|desc}; newest first by default).
     *
     * @throws ApiProblem 400 for a sort field or direction not offered
     */
    public PageView<Innovation> list(InnovationFilter filter, String sort, PageQuery page) {
        Query query = Query.query(readable(criteria(filter)));
        long total = mongo.count(query, Innovation.class);
        query.with(InnovationSort.parse(sort)).skip(page.offset()).limit(page.size());
        return PageView.of(mongo.find(query, Innovation.class), page, total);
    }

    /** The counts of what {@link #list} would hold, per stage and per responsible OPD. */
    public InnovationCounts count(InnovationFilter filter) {
        Criteria scoped = readable(criteria(filter));
        Map<InnovationStage, Long> byStage = new EnumMap<>(InnovationStage.class);
        for (Document group : mongo.aggregate(Aggregation.newAggregation(Aggregation.match(scoped),
                Aggregation.group("stage").count().as("count")), Innovation.class, Document.class)) {
            byStage.put(InnovationStage.valueOf(group.getString("_id")), ((Number) group.get("count")).longValue());
        }
        List<InnovationCounts.OpdCount> byOpd = new ArrayList<>();
        for (Document group : mongo.aggregate(Aggregation.newAggregation(Aggregation.match(scoped),
                Aggregation.group("regionCode", "opdCode").count().as("count").first("opdName").as("opdName")),
                Innovation.class, Document.class)) {
            Document key = group.get("_id", Document.class);
            byOpd.add(new InnovationCounts.OpdCount(key.getString("regionCode"), key.getString("opdCode"),
                    group.getString("opdName"), ((Number) group.get("count")).longValue()));
        }
        byOpd.sort(Comparator.comparingLong(InnovationCounts.OpdCount::count).reversed()
                .thenComparing(InnovationCounts.OpdCount::regionCode).thenComparing(InnovationCounts.OpdCount::opdCode));
        long total = byStage.values().stream().mapToLong(Long::longValue).sum();
        return new InnovationCounts(total, byStage, byOpd);
    }

    private static List<Criteria> criteria(InnovationFilter filter) {
        List<Criteria> criteria = new ArrayList<>();
        if (filter.region() != null && !filter.region().isBlank()) {
            criteria.add(Criteria.where("regionCode").is(filter.region().strip()));
        }
        if (filter.opd() != null && !filter.opd().isBlank()) {
            criteria.add(Criteria.where("opdCode").is(filter.opd().strip()));
        }
        if (filter.stage() != null) {
            criteria.add(Criteria.where("stage").is(filter.stage()));
        }
        if (filter.form() != null) {
            criteria.add(Criteria.where("form").is(filter.form()));
        }
        if (filter.digital() != null) {
            criteria.add(Criteria.where("profile.digital").is(filter.digital()));
        }
        if (filter.theme() != null && !filter.theme().isBlank()) {
            criteria.add(Criteria.where("profile.theme").regex("^" + Pattern.quote(filter.theme().strip()) + "$", "i"));
        }
        if (filter.year() != null) {
            criteria.add(Criteria.where("startDate").gte(LocalDate.of(filter.year(), 1, 1))
                    .lt(LocalDate.of(filter.year() + 1, 1, 1)));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String contains = Pattern.quote(filter.text().strip());
            criteria.add(new Criteria().orOperator(Criteria.where("title").regex(contains, "i"),
                    Criteria.where("problem").regex(contains, "i")));
        }
        return criteria;
    }

    /**
     * The region and OPD named by the request are checked before the rules, so that a caller learns nothing
     * of a region outside its scope (404), nor of what its rules would say (403 for another OPD). A request
     * without a region is left to the rules, which refuse it (400).
     */
    private static void checkWritable(NewInnovation request) {
        if (request.regionCode() != null && !request.regionCode().isBlank()) {
            Scope.current().checkWrite(request.regionCode().strip(),
                    request.opdCode() == null ? null : request.opdCode().strip());
        }
    }

    private static Criteria readable(List<Criteria> filters) {
        List<Criteria> all = new ArrayList<>(filters);
        all.add(Scope.current().readable("regionCode"));
        return new Criteria().andOperator(all);
    }
}
