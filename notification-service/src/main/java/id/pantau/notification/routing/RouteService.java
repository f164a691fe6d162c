package id.pantau.notification.routing;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.notification.web.RegionFilter;
import java.time.Clock;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** What administrators do with routing rules, where they may write; every change is audited with its write. */
@Service
class RouteService {

    private static final String AUDIT_ENTITY = "route";

    private final Routes routes;
    private final OutboxRelay relay;
    private final Clock clock;

    RouteService(Routes routes, OutboxRelay relay, Clock clock) {
        this.routes = routes;
        this.relay = relay;
        this.clock = clock;
    }

    /** @throws ApiProblem 404 or 403 outside the caller's writable scope */
    Route add(NewRoute request, Scope scope) {
        scope.checkWrite(request.regionCode(), null);
        Route route = Route.create(ObjectId.get().toHexString(), request, scope.caller().subject(), clock.instant());
        routes.insert(route, AuditEntry.of(AUDIT_ENTITY, route.id(), "created", route.regionCode(), route.opdCode(),
                null, RouteView.of(route)));
        relay.relaySoon();
        return route;
    }

    Route find(String id, Scope scope) {
        return routes.findActive(id, scope).orElseThrow(() -> notFound(id));
    }

    Page<Route> list(String region, Scope scope, Pageable pageable) {
        return routes.active(RegionFilter.criteria(region), scope, pageable);
    }

    void remove(String id, Scope scope) {
        Route route = find(id, scope);
        scope.checkWrite(route.regionCode(), null);
        AuditEntry removed = AuditEntry.of(AUDIT_ENTITY, id, "removed", route.regionCode(), route.opdCode(),
                RouteView.of(route), null);
        if (!routes.remove(id, clock.instant(), removed)) {
            throw notFound(id);
        }
        relay.relaySoon();
    }

    private static ApiProblem notFound(String id) {
        return ApiProblem.notFound("route-not-found", id);
    }
}
