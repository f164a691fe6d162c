package id.pantau.innovation.innovation;

import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.events.InnovationStage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
@RequestMapping("/api/v1/innovations")
@Tag(name = "Innovations", description = "Action-plan rows with their success indicators")
class InnovationController {

    private final InnovationRegister register;
    private final IdempotentRequests idempotent;

    InnovationController(InnovationRegister register, IdempotentRequests idempotent) {
        this.register = register;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Register an innovation of a registered OPD; announces InnovationRegistered")
    ResponseEntity<?> register(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                               @RequestBody NewInnovation request) {
        // keys are the caller's own: another caller's key must not replay an answer it may not see
        return idempotent.execute("create-innovation", key, request, () -> {
            Innovation innovation = register.register(request);
            return ResponseEntity.created(URI.create("/api/v1/innovations/" + innovation.id()))
                    .body(InnovationView.of(innovation));
        });
    }

    @GetMapping
    @Operation(summary = "Innovations within the caller's scope, newest first, optionally of one region, OPD or stage")
    PageView<InnovationView> list(@RequestParam(required = false) String region,
                                  @RequestParam(required = false) String opd,
                                  @RequestParam(required = false) InnovationStage stage,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        return register.list(region, opd, stage, PageQuery.of(page, size)).map(InnovationView::of);
    }

    @GetMapping("/{id}")
    InnovationView get(@PathVariable String id) {
        return InnovationView.of(register.find(id));
    }
}
