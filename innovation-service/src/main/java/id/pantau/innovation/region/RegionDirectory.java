package id.pantau.innovation.region;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.events.RegionCode;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The provinces and kabupaten/kota of the directory, as far as the caller's scope reaches: a province admin
 * reads and registers its province and the regions under it, everyone else reads its own region. A region
 * outside the caller's scope is answered like one never registered.
 */
@Service
public class RegionDirectory {

    static final String AUDITED_ENTITY = "region";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public RegionDirectory(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /**
     * Inserts the region with the audit entry of its registration, then has the entry relayed to the trail.
     *
     * @throws ApiProblem 404 for a region outside the caller's province, 400 for invalid input, 409 for a code
     *                    already registered
     */
    public Region register(NewRegion request) {
        // a text that is no Kemendagri code is left to the rules, which explain it (400)
        RegionCode.parse(request.code() == null ? null : request.code().strip())
                .ifPresent(code -> Scope.current().checkWrite(code.value(), null));
        Region region = RegionRules.newRegion(request, this::isRegistered, Moments.now());
        AuditEntry registration = AuditEntry.of(AUDITED_ENTITY, region.code(), "register", region.code(), null,
                null, RegionView.of(region));
        try {
            mongo.insert(region.audited(registration));
        } catch (DuplicateKeyException alreadyRegistered) {
            throw ApiProblem.conflict("region-exists", region.code());
        }
        relay.relaySoon();
        return region;
    }

    /** @throws ApiProblem 404 when no such region is registered within the caller's scope */
    public Region find(String code) {
        Region region = mongo.findOne(Query.query(readable(Criteria.where("code").is(code))), Region.class);
        if (region == null) {
            throw ApiProblem.notFound("region-not-found", code);
        }
        return region;
    }

    /** Whether the code is registered at all, in any scope: for the rules of what may be registered under it. */
    public boolean isRegistered(String code) {
        return code != null && mongo.exists(Query.query(Criteria.where("code").is(code)), Region.class);
    }

    /** By code, within the caller's scope; with a parent, only the kabupaten/kota of that province. */
    public PageView<Region> list(String parentCode, PageQuery page) {
        Query query = Query.query(parentCode == null || parentCode.isBlank()
                ? Scope.current().readable("code")
                : readable(Criteria.where("parentCode").is(parentCode.strip())));
        long total = mongo.count(query, Region.class);
        List<Region> regions = mongo.find(query.with(Sort.by("code")).skip(page.offset()).limit(page.size()),
                Region.class);
        return PageView.of(regions, page, total);
    }

    private static Criteria readable(Criteria criteria) {
        return new Criteria().andOperator(criteria, Scope.current().readable("code"));
    }
}
