package id.pantau.monitoring.measurement;

import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/v1/measurements")
class MeasurementController {

    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("periodEnd"), Sort.Order.desc("measuredAt"));

    private final MeasurementIntake intake;
    private final MeasurementRepository measurements;
    private final IdempotentRequests idempotent;

    MeasurementController(MeasurementIntake intake, MeasurementRepository measurements, IdempotentRequests idempotent) {
        this.intake = intake;
        this.measurements = measurements;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Submit the measurement (realisasi) of one indicator for one period",
            description = "Answers with the measurement and the indicator's resulting status.")
    ResponseEntity<?> submit(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String idempotencyKey,
                             @Valid @RequestBody MeasurementRequest request) {
        Scope scope = Scope.current();
        return idempotent.execute("submit-measurement", idempotencyKey, request, () -> {
            MeasurementView accepted = intake.submit(request, scope);
            return ResponseEntity.created(URI.create("/api/v1/measurements/" + accepted.id())).body(accepted);
        });
    }

    @GetMapping
    @Operation(summary = "Measurements in the caller's scope, latest period first, optionally of one indicator")
    PageView<MeasurementView> list(@RequestParam(required = false) String indicatorId,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        Pageable pageable = PageQuery.of(page, size).pageable(LATEST_FIRST);
        Page<Measurement> found = measurements.findReadable(
                indicatorId == null || indicatorId.isBlank() ? null : indicatorId, Scope.current(), pageable);
        return PageView.of(found, MeasurementView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One measurement; one outside the caller's scope is not found")
    MeasurementView get(@PathVariable String id) {
        return measurements.findReadable(id, Scope.current()).map(MeasurementView::of)
                .orElseThrow(() -> ApiProblem.notFound("measurement-not-found", id));
    }
}
