package id.pantau.innovation.innovation;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.events.InnovationStage;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
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
        checkWritable(request);
        Innovation innovation = InnovationRules.register(request, directory, settings,
                () -> ObjectId.get().toHexString(), Moments.now());
        AuditEntry registration = AuditEntry.of(AUDITED_ENTITY, innovation.id(), "register", innovation.regionCode(),
                innovation.opdCode(), null, InnovationView.of(innovation));
        mongo.insert(innovation.audited(registration));
        relay.relaySoon();
        return innovation;
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

    /** Newest first, within the caller's scope; each filter is optional and narrows it further. */
    public PageView<Innovation> list(String regionCode, String opdCode, InnovationStage stage, PageQuery page) {
        List<Criteria> filters = new ArrayList<>();
        if (regionCode != null && !regionCode.isBlank()) {
            filters.add(Criteria.where("regionCode").is(regionCode.strip()));
        }
        if (opdCode != null && !opdCode.isBlank()) {
            filters.add(Criteria.where("opdCode").is(opdCode.strip()));
        }
        if (stage != null) {
            filters.add(Criteria.where("stage").is(stage));
        }
        Query query = Query.query(readable(filters));
        long total = mongo.count(query, Innovation.class);
        query.with(Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("id")))
                .skip(page.offset()).limit(page.size());
        return PageView.of(mongo.find(query, Innovation.class), page, total);
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
