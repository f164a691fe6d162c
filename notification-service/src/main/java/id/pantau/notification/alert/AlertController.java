package id.pantau.notification.alert;

import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.events.AlertRule;
import id.pantau.events.Severity;
import id.pantau.notification.web.RegionFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "Alerts", description = "Alerts for the inspectorate, within your scope: list, acknowledge, resolve")
class AlertController {

    /** Who acknowledges is the caller: the body carries no name (a {@code by} field is ignored). */
    record Acknowledgement(@Size(max = 1000) String comment) {
    }

    /** Who resolves is the caller: the body carries no name (a {@code by} field is ignored). */
    record ManualResolution(@NotBlank @Size(max = 1000) String reason) {
    }

    private final AlertService alerts;
    private final AlertStore store;
    private final IdempotentRequests idempotent;

    AlertController(AlertService alerts, AlertStore store, IdempotentRequests idempotent) {
        this.alerts = alerts;
        this.store = store;
        this.idempotent = idempotent;
    }

    @GetMapping
    @Operation(summary = "Alerts, newest first; region is a kabupaten/kota (PP.KK) or a province (PP) with its regions; "
            + "opd, state, severity, rule, period and indicator narrow the list")
    PageView<AlertView> list(@RequestParam(required = false) String region,
                             @RequestParam(required = false) String opd,
                             @RequestParam(required = false) AlertState state,
                             @RequestParam(required = false) Severity severity,
                             @RequestParam(required = false) AlertRule rule,
                             @RequestParam(required = false) String period,
                             @RequestParam(required = false) String indicator,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        PageQuery query = PageQuery.of(page, size);
        List<Criteria> filters = new ArrayList<>();
        Optional.ofNullable(RegionFilter.criteria(region)).ifPresent(filters::add);
        equalTo(filters, "opdCode", opd);
        equalTo(filters, "state", state);
        equalTo(filters, "severity", severity);
        equalTo(filters, "rule", rule);
        equalTo(filters, "period", period);
        equalTo(filters, "indicatorId", indicator);
        return PageView.of(store.search(filters, Scope.current(), query.pageable()), AlertView::of);
    }

    private static void equalTo(List<Criteria> filters, String field, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            filters.add(Criteria.where(field).is(value));
        }
    }

    @GetMapping("/{id}")
    AlertView get(@PathVariable String id) {
        return AlertView.of(store.find(id, Scope.current()).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "OPEN -> ACKNOWLEDGED by the caller, with an optional comment; 409 alert-not-open otherwise")
    ResponseEntity<?> acknowledge(@PathVariable String id,
                                  @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                  @Valid @RequestBody(required = false) Acknowledgement request) {
        Scope scope = Scope.current();
        String comment = request == null ? null : request.comment();
        return idempotent.execute("acknowledge-alert:" + id, key, request,
                () -> transition(id, () -> alerts.acknowledge(id, comment, scope)));
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Resolve by hand with a reason; 409 alert-resolved when it already is")
    ResponseEntity<?> resolve(@PathVariable String id,
                              @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                              @Valid @RequestBody ManualResolution request) {
        Scope scope = Scope.current();
        return idempotent.execute("resolve-alert:" + id, key, request,
                () -> transition(id, () -> alerts.resolve(id, request.reason(), scope)));
    }

    private static ResponseEntity<?> transition(String id, Supplier<Optional<Alert>> transition) {
        try {
            return ResponseEntity.ok(AlertView.of(transition.get().orElseThrow(() -> notFound(id))));
        } catch (AlertTransitionRefused refused) {
            throw ApiProblem.conflict(refused.code(), id);
        }
    }

    private static ApiProblem notFound(String id) {
        return ApiProblem.notFound("alert-not-found", id);
    }
}
