package id.pantau.reporting.achievement;

import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.actionplan.ActionPlanQueries;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Capaian Indikator")
class AchievementController {

    private final ActionPlanQueries plans;
    private final MeasurementHistory history;
    private final IndicatorAchievement achievement;
    private final ReportResponses responses;

    AchievementController(ActionPlanQueries plans, MeasurementHistory history, IndicatorAchievement achievement,
                    ReportResponses responses) {
        this.plans = plans;
        this.history = history;
        this.achievement = achievement;
        this.responses = responses;
    }

    @GetMapping("/api/v1/reports/indicator-achievement")
    @Operation(summary = "Target vs realisasi per indicator of a region: each measured period's expected value, "
            + "realisasi, capaian and health, and the forecast of its trend; JSON, CSV, XLSX or PDF",
            description = "Period: the measured periods inside it (default: all): 2026-03, 2026-Q1, 2026-S1, 2026, sd-2026-Q3")
    @ApiResponse(responseCode = "200", description = "The report, in the format asked for", content =
            @Content(mediaType = "application/json", schema = @Schema(implementation = AchievementReport.class)))
    ResponseEntity<Object> report(ReportQuery query,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportFilter filter = query.filter();
        ReportFormat reportFormat = query.format(accept);
        List<ActionPlan> inRegion = plans.matching(filter);
        // the forecast draws on every measurement up to the period's end, the table on those within it
        Map<String, List<MeasurementRecord>> measured = history.upTo(
                inRegion.stream().flatMap(plan -> plan.indicators().keySet().stream()).toList(),
                filter.period() == null ? null : filter.period().end());
        AchievementReport report = achievement.report(filter.region().value(), inRegion, filter.period(), measured);
        return responses.respond(reportFormat, report, filter, (regionName, zone) -> AchievementDocument.of(report, filter,
                regionName, zone));
    }
}
