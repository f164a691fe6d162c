package id.pantau.monitoring.measurement;

import id.pantau.defaults.idempotency.IdempotentRequests;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.monitoring.MonitoringProperties;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/measurements")
class MeasurementController {

    static final String CSV = "text/csv";
    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc("periodEnd"), Sort.Order.desc("measuredAt"));

    private final MeasurementIntake intake;
    private final BatchIntake batches;
    private final MeasurementCorrections corrections;
    private final MeasurementRepository measurements;
    private final IdempotentRequests idempotent;
    private final int batchMaxRows;

    MeasurementController(MeasurementIntake intake, BatchIntake batches, MeasurementCorrections corrections,
                          MeasurementRepository measurements, IdempotentRequests idempotent,
                          MonitoringProperties properties) {
        this.intake = intake;
        this.batches = batches;
        this.corrections = corrections;
        this.measurements = measurements;
        this.idempotent = idempotent;
        this.batchMaxRows = properties.batchMaxRows();
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

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a batch of measurements as a JSON array (at most pantau.monitoring.batch-max-rows)",
            description = "Each row is accepted, a duplicate (the same indicator, period, source and value is "
                    + "stored) or refused with its reasons; a refused row writes nothing and does not stop the others.")
    ResponseEntity<?> submitBatch(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String idempotencyKey,
                                  @RequestBody List<BatchRowRequest> rows) {
        Scope scope = Scope.current();
        return idempotent.execute("submit-measurement-batch", idempotencyKey, rows, () -> {
            List<BatchRow> numbered = new ArrayList<>(rows.size());
            for (BatchRowRequest row : rows) {
                numbered.add(row == null ? new BatchRow(numbered.size() + 1, null, null, null, null, null, null, null,
                        null) : row.toRow(numbered.size() + 1));
            }
            return ResponseEntity.ok(batch(numbered, scope));
        });
    }

    @PostMapping(path = "/batch", consumes = CSV)
    @Operation(summary = "Submit a batch of measurements as CSV with a header row",
            description = "Columns innovationId, indicatorId, period, value (required), note, evidenceUrl, measuredAt, "
                    + "source; separated by commas, or semicolons when the header has no comma.")
    ResponseEntity<?> submitCsvBatch(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String idempotencyKey,
                                     @RequestBody String csv) {
        Scope scope = Scope.current();
        return idempotent.execute("submit-measurement-batch", idempotencyKey, csv,
                () -> ResponseEntity.ok(batch(BatchCsv.read(csv), scope)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Supersede a measurement's value with an explicit correction and its reason",
            description = "The replaced value stays in the measurement's history. With If-Match (the ETag of GET), "
                    + "a measurement changed since is not overwritten (412).")
    ResponseEntity<MeasurementView> supersede(@PathVariable String id,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody MeasurementCorrection correction) {
        MeasurementView corrected = corrections.supersede(id, correction, ifMatch, Scope.current());
        return ResponseEntity.ok().eTag("\"" + corrected.revision() + "\"").body(corrected);
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
    @Operation(summary = "One measurement with its correction history; one outside the caller's scope is not found")
    ResponseEntity<MeasurementView> get(@PathVariable String id) {
        Measurement measurement = measurements.findReadable(id, Scope.current())
                .orElseThrow(() -> ApiProblem.notFound("measurement-not-found", id));
        return ResponseEntity.ok().eTag(MeasurementCorrections.etag(measurement)).body(MeasurementView.of(measurement));
    }

    private BatchReceipt batch(List<BatchRow> rows, Scope scope) {
        if (rows.isEmpty()) {
            throw ApiProblem.invalid("body", "batch-empty");
        }
        if (rows.size() > batchMaxRows) {
            throw ApiProblem.invalid("body", "batch-too-large", rows.size(), batchMaxRows);
        }
        return batches.submit(rows, scope);
    }
}
