package id.pantau.defaults.audit;

import id.pantau.defaults.security.Scope;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of this service, for admins and inspectors, within their region. */
@RestController
@RequestMapping("/api/v1/audit")
public class AuditController {

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Audit records of an entity (entity = innovation, measurement, alert...), oldest first")
    public PageView<AuditRecord> find(@RequestParam(required = false) String entity,
                                      @RequestParam(required = false) String id,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        return trail.find(entity, id, Scope.current(), PageQuery.of(page, size));
    }

    @GetMapping("/verification")
    @Operation(summary = "Recomputes the whole hash chain and reports the first broken link, if any")
    public ChainVerification verify() {
        return trail.verify();
    }
}
