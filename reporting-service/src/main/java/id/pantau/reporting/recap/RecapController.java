package id.pantau.reporting.recap;

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
@Tag(name = "Rekapitulasi Inovasi Daerah")
class RecapController {

    private final ActionPlanQueries plans;
    private final Recap recap;
    private final ReportResponses responses;

    RecapController(ActionPlanQueries plans, Recap recap, ReportResponses responses) {
        this.plans = plans;
        this.recap = recap;
        this.responses = responses;
    }

    @GetMapping("/api/v1/reports/innovation-recap")
    @Operation(summary = "The innovations of a region counted per OPD by stage and form, new and ongoing, and stage by "
            + "form; JSON, CSV, XLSX or PDF",
            description = "Period: counts the innovations started by its end, new within it (default: the current year): "
                    + "2026-03, 2026-Q1, 2026-S1, 2026, sd-2026-Q2")
    @ApiResponse(responseCode = "200", description = "The report, in the format asked for", content =
            @Content(mediaType = "application/json", schema = @Schema(implementation = RecapReport.class)))
    ResponseEntity<Object> report(ReportQuery query,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportFilter filter = query.filter();
        ReportFormat reportFormat = query.format(accept);
        RecapReport report = recap.report(filter.region().value(),
                plans.matching(filter), filter.period());
        return responses.respond(reportFormat, report, filter, (regionName, zone) -> RecapDocument.of(report, filter,
                regionName, zone));
    }
}
