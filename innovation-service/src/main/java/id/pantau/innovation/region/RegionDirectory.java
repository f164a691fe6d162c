package id.pantau.innovation.region;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.events.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The provinces and kabupaten/kota of the directory, as far as the caller's scope reaches: a province admin
 * reads its province and the regions under it and switches them on, everyone else reads its own region. A
 * region outside the caller's scope is answered like one never registered.
 */
@Service
public class RegionDirectory {

    static final String AUDITED_ENTITY = "region";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final List<RegionUsage> usages;

    public RegionDirectory(MongoTemplate mongo, OutboxRelay relay, List<RegionUsage> usages) {
        this.mongo = mongo;
        this.relay = relay;
        this.usages = usages;
    }

    /**
     * Registers a region for this deployment: switches on a region of the official list, or adds one the list
     * does not hold (a region of a newer decree), active at once with its RegionRegistered event. Either way
     * the change carries its audit entry in the same write, then is relayed.
     *
     * @throws ApiProblem 404 for a region outside the caller's province, 400 for invalid input, 409 for a region
     *                    already active
     */
    public Region register(NewRegion request) {
        // a text that is no Kemendagri code is left to the rules, which explain it (400)
        Optional<RegionCode> code = RegionCode.parse(request.code() == null ? null : request.code().strip());
        code.ifPresent(valid -> Scope.current().checkWrite(valid.value(), null));
        Region listed = code.map(valid -> mongo.findById(valid.value(), Region.class)).orElse(null);
        if (listed != null) {
            return activate(request, listed);
        }
        Region region = RegionRules.newRegion(request, this::isRegistered, Moments.now());
        AuditEntry registration = AuditEntry.of(AUDITED_ENTITY, region.code(), "register", region.code(), null,
                null, RegionView.of(region));
        try {
            mongo.insert(region.announced().audited(registration));
        } catch (DuplicateKeyException alreadyRegistered) {
            throw ApiProblem.conflict("region-exists", region.code());
        }
        relay.relaySoon();
        return region;
    }

    /** The conditional update lets only one of two concurrent requests switch the region on. */
    private Region activate(NewRegion request, Region listed) {
        if (listed.active()) {
            throw ApiProblem.conflict("region-exists", listed.code());
        }
        RegionRules.checkActivation(request, listed);
        Region activated = listed.activated(Moments.now());
        AuditEntry activation = AuditEntry.of(AUDITED_ENTITY, listed.code(), "activate", listed.code(), null,
                RegionView.of(listed), RegionView.of(activated));
        boolean switched = mongo.updateFirst(
                Query.query(Criteria.where("code").is(listed.code()).and("active").is(false)),
                new Update().set("active", true).set("activatedAt", activated.activatedAt())
                        .push("outbox", activation.toOutbox()),
                Region.class).getModifiedCount() == 1;
        if (!switched) {
            throw ApiProblem.conflict("region-exists", listed.code());
        }
        relay.relaySoon();
        return activated;
    }

    /**
     * Switches a region off again, audited as {@code deactivate}: it stays in the directory, readable, and a
     * province admin may switch it on again. Refused while anything still works in it (an active OPD, an
     * innovation in progress), so that nothing is left in a region that takes no part. No event: RegionRegistered
     * has no active flag, and other services label by region whether it takes part or not.
     *
     * @throws ApiProblem 404 for a region outside the caller's province, 409 {@code region-inactive} when it is
     *                    off already, 409 with the code of what still works in it
     */
    public Region deactivate(String code) {
        Region region = find(code);
        Scope.current().checkWrite(region.code(), null);
        if (!region.active()) {
            throw ApiProblem.conflict("region-inactive", region.code());
        }
        for (RegionUsage usage : usages) {
            usage.inUse(region.code()).ifPresent(problem -> {
                throw ApiProblem.conflict(problem, region.code());
            });
        }
        Region deactivated = region.deactivated();
        AuditEntry deactivation = AuditEntry.of(AUDITED_ENTITY, region.code(), "deactivate", region.code(), null,
                RegionView.of(region), RegionView.of(deactivated));
        boolean switched = mongo.updateFirst(
                Query.query(Criteria.where("code").is(region.code()).and("active").is(true)),
                new Update().set("active", false).unset("activatedAt").push("outbox", deactivation.toOutbox()),
                Region.class).getModifiedCount() == 1;
        if (!switched) {
            throw ApiProblem.conflict("region-inactive", region.code());
        }
        relay.relaySoon();
        return deactivated;
    }

    /** @throws ApiProblem 404 when no such region is registered within the caller's scope */
    public Region find(String code) {
        Region region = mongo.findOne(Query.query(readable(Criteria.where("code").is(code))), Region.class);
        if (region == null) {
            throw ApiProblem.notFound("region-not-found", code);
        }
        return region;
    }

    /** Whether the code is in the directory at all, in any scope: for the rules of what may be registered under it. */
    public boolean isRegistered(String code) {
        return code != null && mongo.exists(Query.query(Criteria.where("code").is(code)), Region.class);
    }

    /** Whether the region takes part, in any scope: OPDs and innovations are registered in active regions only. */
    public boolean isActive(String code) {
        return code != null && mongo.exists(Query.query(Criteria.where("code").is(code).and("active").is(true)),
                Region.class);
    }

    /**
     * By code, within the caller's scope; with a parent, only the kabupaten/kota of that province; with
     * {@code active}, only the regions switched on (true) or not (false).
     */
    public PageView<Region> list(String parentCode, Boolean active, PageQuery page) {
        List<Criteria> filters = new ArrayList<>();
        if (parentCode != null && !parentCode.isBlank()) {
            filters.add(Criteria.where("parentCode").is(parentCode.strip()));
        }
        if (active != null) {
            filters.add(Criteria.where("active").is(active));
        }
        filters.add(Scope.current().readable("code"));
        Query query = Query.query(new Criteria().andOperator(filters));
        long total = mongo.count(query, Region.class);
        List<Region> regions = mongo.find(query.with(Sort.by("code")).skip(page.offset()).limit(page.size()),
                Region.class);
        return PageView.of(regions, page, total);
    }

    private static Criteria readable(Criteria criteria) {
        return new Criteria().andOperator(criteria, Scope.current().readable("code"));
    }
}
