package id.pantau.reporting.earlywarning;

import id.pantau.reporting.actionplan.ActionPlanQueries;
import id.pantau.reporting.report.ReportFilter;
import id.pantau.reporting.report.ReportFormat;
import id.pantau.reporting.report.ReportQuery;
import id.pantau.reporting.report.ReportResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Daftar Peringatan Dini")
class EarlyWarningController {

    private final ActionPlanQueries plans;
    private final EarlyWarnings warnings;
    private final ReportResponses responses;

    EarlyWarningController(ActionPlanQueries plans, EarlyWarnings warnings,
                           ReportResponses responses) {
        this.plans = plans;
        this.warnings = warnings;
        this.responses = responses;
    }

    @GetMapping("/api/v1/reports/early-warning")
    @Operation(summary = "The inspectorate's early-warning list of a region: indicators at risk, overdue reports and "
            + "projected misses, oldest first, with their age, escalation and acknowledgement; JSON, CSV, XLSX or PDF",
            description = "Period: keeps the warnings that began within it: 2026-03, 2026-Q1, 2026-S1, 2026, sd-2026-Q2")
    @ApiResponse(responseCode = "200", description = "The report, in the format asked for", content =
            @Content(mediaType = "application/json", schema = @Schema(implementation = EarlyWarningReport.class)))
    ResponseEntity<Object> report(ReportQuery query,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportFilter filter = query.filter();
        ReportFormat reportFormat = query.format(accept);
        EarlyWarningReport report = warnings.report(filter.region().value(),
                plans.matching(filter), filter.period());
        return responses.respond(reportFormat, report, filter, (regionName, zone) -> EarlyWarningDocument.of(report, filter,
                regionName, zone));
    }
}
