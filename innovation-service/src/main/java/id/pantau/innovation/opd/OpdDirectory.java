package id.pantau.innovation.opd;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.innovation.etag.Etags;
import id.pantau.innovation.region.Region;
import id.pantau.innovation.region.RegionDirectory;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The OPDs of each region. Every request first finds its region within the caller's scope (404 outside it),
 * so the OPDs of a region the caller cannot read are never loaded.
 */
@Service
public class OpdDirectory {

    static final String AUDITED_ENTITY = "opd";

    private static final Pattern ID = Pattern.compile("[0-9a-f]{24}");

    private final OpdRepository opds;
    private final RegionDirectory regions;
    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public OpdDirectory(OpdRepository opds, RegionDirectory regions, MongoTemplate mongo, OutboxRelay relay) {
        this.opds = opds;
        this.regions = regions;
        this.mongo = mongo;
        this.relay = relay;
    }

    /**
     * Inserts the OPD with its OpdRegistered event and the audit entry of its registration, then has them relayed.
     *
     * @throws ApiProblem 404 for a region unknown or outside the caller's scope, 403 for a region the caller
     *                    reads but does not administer, 409 for a region not switched on or a code already used,
     *                    400 for invalid input
     */
    public Opd register(String regionCode, NewOpd request) {
        Region found = regions.find(regionCode);
        String region = found.code();
        Scope.current().checkWrite(region, null);
        if (!found.active()) {
            throw ApiProblem.conflict("region-inactive", region);
        }
        Opd opd = OpdRules.newOpd(region, request, code -> opds.existsByRegionCodeAndCode(region, code), Moments.now());
        AuditEntry registration = AuditEntry.of(AUDITED_ENTITY, opd.auditId(), "register", region, opd.code(),
                null, OpdView.of(opd));
        Opd registered;
        try {
            registered = opds.insert(opd.registered(registration));
        } catch (DuplicateKeyException alreadyRegistered) {
            throw ApiProblem.conflict("opd-exists", opd.code(), region);
        }
        relay.relaySoon();
        return registered;
    }

    /**
     * Changes an OPD named by its id, or by its SIPD code when that names one OPD among the regions the caller
     * reads; announces its new state as OpdRegistered and audits the change (action {@code update}), in the same
     * update, written only over the version the caller read.
     *
     * @throws ApiProblem 404 {@code opd-not-found} (also outside the caller's scope), 409 {@code opd-code-ambiguous}
     *                    for a code several readable regions use, 403 for a region the caller reads but does not
     *                    administer, 428/412 for a missing or stale If-Match, 400 for invalid input
     */
    public Opd update(String idOrCode, String ifMatch, OpdPatch patch) {
        Opd current = findForChange(idOrCode);
        Scope.current().checkWrite(current.regionCode(), null);
        Etags.check(ifMatch, current.version());
        Opd changed = OpdRules.update(current, patch,
                code -> opds.findByRegionCodeAndCode(current.regionCode(), code));
        AuditEntry change = AuditEntry.of(AUDITED_ENTITY, current.auditId(), "update", current.regionCode(),
                current.code(), OpdView.of(current), OpdView.of(changed));
        Update update = new Update().set("name", changed.name()).set("shortName", changed.shortName())
                .set("kind", changed.kind()).set("parentCode", changed.parentCode()).set("active", changed.active())
                .set("version", changed.version());
        update.push("outbox").each(OutboxEvent.of(changed.announcement()), change.toOutbox());
        Criteria sameVersion = current.version() == 0
                // OPDs registered before versions were kept have none: that is version 0
                ? new Criteria().orOperator(Criteria.where("version").is(0L), Criteria.where("version").exists(false))
                : Criteria.where("version").is(current.version());
        Query read = Query.query(new Criteria().andOperator(Criteria.where("_id").is(new ObjectId(current.id())),
                sameVersion));
        if (mongo.updateFirst(read, update, Opd.class).getMatchedCount() == 0) {
            throw ApiProblem.preconditionFailed("stale-version", Etags.of(current.version()));
        }
        relay.relaySoon();
        return changed;
    }

    private Opd findForChange(String idOrCode) {
        String key = idOrCode.strip();
        if (ID.matcher(key).matches()) {
            Optional<Opd> byId = opds.findById(key).filter(opd -> Scope.current().canRead(opd.regionCode()));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        List<Opd> byCode = mongo.find(Query.query(new Criteria().andOperator(Criteria.where("code").is(key),
                Scope.current().readable("regionCode"))).limit(2), Opd.class);
        if (byCode.isEmpty()) {
            throw ApiProblem.notFound("opd-not-found-in-scope", key);
        }
        if (byCode.size() > 1) {
            throw ApiProblem.conflict("opd-code-ambiguous", key);
        }
        return byCode.get(0);
    }

    public Opd find(String regionCode, String code) {
        String region = regions.find(regionCode).code();
        return opds.findByRegionCodeAndCode(region, code)
                .orElseThrow(() -> ApiProblem.notFound("opd-not-found", code, region));
    }

    /**
     * In any region, whatever the caller's scope: for registering an innovation, whose region the register
     * has already checked the caller may write in. Empty when the region or the OPD is not registered.
     */
    public Optional<Opd> lookup(String regionCode, String code) {
        return opds.findByRegionCodeAndCode(regionCode, code);
    }

    /** Every OPD of a region the caller reads, e.g. to find one an imported action plan names. */
    public List<Opd> all(String regionCode) {
        return opds.findByRegionCode(regions.find(regionCode).code());
    }

    public PageView<Opd> list(String regionCode, PageQuery query) {
        String region = regions.find(regionCode).code();
        Page<Opd> page = opds.findByRegionCode(region, query.pageable(Sort.by("code")));
        return PageView.of(page);
    }
}
