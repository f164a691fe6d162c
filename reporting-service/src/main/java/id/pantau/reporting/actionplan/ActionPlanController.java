package id.pantau.reporting.actionplan;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.reporting.measurement.MeasurementHistory;
import id.pantau.reporting.measurement.MeasurementRecord;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports/action-plan")
@Tag(name = "Matriks Rencana Aksi Inovasi")
class ActionPlanController {

    private final ActionPlanQueries queries;
    private final ActionPlanRows rows;
    private final MeasurementHistory history;
    private final ReportResponses responses;

    ActionPlanController(ActionPlanQueries queries, ActionPlanRows rows, MeasurementHistory history, ReportResponses responses) {
        this.queries = queries;
        this.rows = rows;
        this.history = history;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "The action-plan matrix of a region (a province includes its kabupaten/kota), optionally of "
            + "one OPD and one period, as JSON, CSV, XLSX or PDF",
            description = "Period: 2026-03, 2026-Q1, 2026-S1, 2026, or cumulative from January: sd-2026-Q2")
    @ApiResponse(responseCode = "200", description = "The report, in the format asked for", content =
            @Content(mediaType = "application/json", schema = @Schema(implementation = ActionPlanReport.class)))
    ResponseEntity<Object> report(ReportQuery query,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportFilter filter = query.filter();
        ReportFormat reportFormat = query.format(accept);
        List<ActionPlan> plans = queries.matching(filter);
        Map<String, List<MeasurementRecord>> measured = filter.period() == null ? Map.of()
                : history.within(plans.stream().flatMap(plan -> plan.indicators().keySet().stream()).toList(),
                        filter.period());
        ActionPlanReport report = rows.report(filter.region().value(), plans, filter.period(), measured);
        return responses.respond(reportFormat, report, filter, (regionName, zone) -> ActionPlanDocument.of(report, filter,
                regionName, zone));
    }

    @GetMapping("/{innovationId}")
    @Operation(summary = "The action-plan row of one innovation")
    ActionPlanReport.Row row(@PathVariable String innovationId) {
        return queries.find(innovationId).map(rows::row)
                .orElseThrow(() -> ApiProblem.notFound("action-plan-not-found", innovationId));
    }
}
