package id.pantau.notification.routing;

import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/routes")
@Tag(name = "Routes", description = "Which recipient roles are told of which alerts")
class RouteController {

    private final RouteService routes;
    private final IdempotentRequests idempotent;

    RouteController(RouteService routes, IdempotentRequests idempotent) {
        this.routes = routes;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Add a routing rule; the region's own rules come before its province's, each by position; "
            + "the first that matches decides unless it says continue; the region's inspectorate is the last rule")
    ResponseEntity<?> create(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                             @Valid @RequestBody NewRoute request) {
        Scope scope = Scope.current();
        return idempotent.execute("create-route", key, request, () -> {
            Route route = routes.add(request, scope);
            return ResponseEntity.created(URI.create("/api/v1/routes/" + route.id())).body(RouteView.of(route));
        });
    }

    @GetMapping
    @Operation(summary = "Active routing rules by region, position and age; region PP includes its kabupaten/kota")
    PageView<RouteView> list(@RequestParam(required = false) String region,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        PageQuery query = PageQuery.of(page, size);
        return PageView.of(routes.list(region, Scope.current(), query.pageable()), RouteView::of);
    }

    @GetMapping("/{id}")
    RouteView get(@PathVariable String id) {
        return RouteView.of(routes.find(id, Scope.current()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a routing rule: it routes nothing more; the record stays")
    ResponseEntity<Void> remove(@PathVariable String id) {
        routes.remove(id, Scope.current());
        return ResponseEntity.noContent().build();
    }
}
