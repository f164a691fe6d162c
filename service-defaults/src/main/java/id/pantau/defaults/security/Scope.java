package id.pantau.defaults.security;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.events.RegionCode;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Where a caller may read and write, the one rule every endpoint follows.
 *
 * <ul>
 *   <li>Reading follows the region tree: a caller bound to a province reads the province and every
 *       kabupaten/kota under it, a caller bound to a kabupaten/kota reads that region only. An OPD operator
 *       reads exactly its own region, even when its OPD is a province's.</li>
 *   <li>Writing: a province admin writes anywhere it reads; a region admin, inspector or verifier in its own
 *       region; an OPD operator in its own region and only for its own OPD. Which roles may call which
 *       endpoint at all is each service's {@link ApiAuthorization}.</li>
 *   <li>What a caller cannot read does not exist for it (404); what it can read but not change is 403.</li>
 * </ul>
 * Queries apply {@link #readable(String)} so that other regions' documents are never loaded.
 */
public final class Scope {

    private final Caller caller;

    public Scope(Caller caller) {
        this.caller = caller;
    }

    /** The scope of the current request's caller. */
    public static Scope current() {
        return new Scope(Caller.current());
    }

    public Caller caller() {
        return caller;
    }

    public boolean canRead(String regionCode) {
        if (regionCode == null) {
            return false;
        }
        if (readsSubtree()) {
            return RegionCode.parse(regionCode).map(caller.region()::covers).orElse(false);
        }
        return caller.region().value().equals(regionCode);
    }

    /**
     * The criteria that keep a query inside what the caller reads, on the field holding a document's region
     * code: the region itself or, for a province reader, any code under it (an anchored prefix, which uses
     * the index on real MongoDB).
     */
    public Criteria readable(String regionField) {
        String region = caller.region().value();
        if (readsSubtree()) {
            return Criteria.where(regionField).regex("^" + Pattern.quote(region) + "(\\.|$)");
        }
        return Criteria.where(regionField).is(region);
    }

    /**
     * Refuses a change to something in {@code regionCode} (owned by {@code opdCode}, null when no OPD owns it):
     * 404 when the caller cannot even read that region, 403 when it can read but not change it.
     */
    public void checkWrite(String regionCode, String opdCode) {
        if (!canRead(regionCode)) {
            throw notFound();
        }
        if (!canWrite(regionCode, opdCode)) {
            throw ApiProblem.forbidden("out-of-scope", regionCode);
        }
    }

    public boolean canWrite(String regionCode, String opdCode) {
        if (!canRead(regionCode)) {
            return false;
        }
        if (caller.has(Role.PROVINCE_ADMIN)) {
            return true;
        }
        boolean ownRegion = caller.region().value().equals(regionCode);
        if (caller.has(Role.REGION_ADMIN) || caller.has(Role.INSPECTOR) || caller.has(Role.VERIFIER)) {
            if (ownRegion) {
                return true;
            }
        }
        return caller.has(Role.OPD_OPERATOR) && ownRegion && opdCode != null && opdCode.equals(caller.opd());
    }

    /** The 404 for a resource outside the caller's scope: the same answer as for one that does not exist. */
    public static ApiProblem notFound() {
        return ApiProblem.notFound("not-found");
    }

    private boolean readsSubtree() {
        return caller.region().isProvince() && !onlyOpdOperator();
    }

    private boolean onlyOpdOperator() {
        return caller.roles().stream().allMatch(role -> role == Role.OPD_OPERATOR);
    }
}
