package id.pantau.innovation.opd;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.innovation.region.Region;
import id.pantau.innovation.region.RegionDirectory;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The OPDs of each region. Every request first finds its region within the caller's scope (404 outside it),
 * so the OPDs of a region the caller cannot read are never loaded.
 */
@Service
public class OpdDirectory {

    static final String AUDITED_ENTITY = "opd";

    private final OpdRepository opds;
    private final RegionDirectory regions;
    private final OutboxRelay relay;

    public OpdDirectory(OpdRepository opds, RegionDirectory regions, OutboxRelay relay) {
        this.opds = opds;
        this.regions = regions;
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
