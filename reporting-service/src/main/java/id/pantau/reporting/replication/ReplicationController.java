package id.pantau.reporting.replication;

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
@Tag(name = "Laporan Replikasi Inovasi")
class ReplicationController {

    private final ReplicationRegister register;
    private final ReportResponses responses;

    ReplicationController(ReplicationRegister register, ReportResponses responses) {
        this.register = register;
        this.responses = responses;
    }

    @GetMapping("/api/v1/reports/replications")
    @Operation(summary = "The replications whose source or adopter is in the region: source, adopter, date, and per "
            + "source the distinct adopter regions; JSON, CSV, XLSX or PDF",
            description = "Period: replications dated within it: 2026-03, 2026-Q1, 2026-S1, 2026, sd-2026-Q2")
    @ApiResponse(responseCode = "200", description = "The report, in the format asked for", content =
            @Content(mediaType = "application/json", schema = @Schema(implementation = ReplicationReport.class)))
    ResponseEntity<Object> report(ReportQuery query,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportFilter filter = query.filter();
        ReportFormat reportFormat = query.format(accept);
        ReplicationReport report = register.report(filter);
        return responses.respond(reportFormat, report, filter, (regionName, zone) -> ReplicationDocument.of(report, filter,
                regionName, zone));
    }
}
