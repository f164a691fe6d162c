package id.pantau.reporting.compliance;

import id.pantau.reporting.ReportingSettings;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.actionplan.ActionPlanQueries;
import id.pantau.reporting.measurement.MeasurementHistory;
import id.pantau.reporting.measurement.MeasurementRecord;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.report.ReportFilter;
import id.pantau.reporting.report.ReportFormat;
import id.pantau.reporting.report.ReportQuery;
import id.pantau.reporting.report.ReportResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kepatuhan Pelaporan OPD")
class ComplianceController {

    private final ActionPlanQueries plans;
    private final MeasurementHistory history;
    private final ReportingCompliance compliance;
    private final ReportResponses responses;
    private final ReportingSettings settings;

    ComplianceController(ActionPlanQueries plans, MeasurementHistory history, ReportingCompliance compliance,
                    ReportResponses responses, ReportingSettings settings) {
        this.plans = plans;
        this.history = history;
        this.compliance = compliance;
        this.responses = responses;
        this.settings = settings;
    }

    @GetMapping("/api/v1/reports/reporting-compliance")
    @Operation(summary = "On-time reporting per OPD of a region: reports due, on time, late, missing and the on-time "
            + "rate, and every report that fell due; JSON, CSV, XLSX or PDF",
            description = "Period: the reporting periods inside it (default: the current year): 2026-03, 2026-Q1, 2026-S1, 2026, sd-2026-Q3")
    @ApiResponse(responseCode = "200", description = "The report, in the format asked for", content =
            @Content(mediaType = "application/json", schema = @Schema(implementation = ComplianceReport.class)))
    ResponseEntity<Object> report(ReportQuery query,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportFilter filter = query.filter();
        ReportFormat reportFormat = query.format(accept);
        ReportPeriod reported = compliance.periodOf(filter.period());
        List<ActionPlan> inRegion = plans.matching(filter);
        Map<String, List<MeasurementRecord>> measured = history.within(
                inRegion.stream().flatMap(plan -> plan.indicators().keySet().stream()).toList(), reported);
        ComplianceReport report = compliance.report(filter.region().value(), inRegion, reported, measured);
        return responses.respond(reportFormat, report, filter, (regionName, zone) -> ComplianceDocument.of(report, filter,
                regionName, zone, settings.graceWorkingDays()));
    }
}
