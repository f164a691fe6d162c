package id.pantau.reporting.monev;

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
@Tag(name = "Laporan Monev Inovasi Triwulan")
class MonevController {

    private final ActionPlanQueries plans;
    private final MeasurementHistory history;
    private final QuarterlyMonev monev;
    private final ReportResponses responses;

    MonevController(ActionPlanQueries plans, MeasurementHistory history, QuarterlyMonev monev,
                    ReportResponses responses) {
        this.plans = plans;
        this.history = history;
        this.monev = monev;
        this.responses = responses;
    }

    @GetMapping("/api/v1/reports/quarterly-monev")
    @Operation(summary = "Quarterly M&E of a region: per indicator and triwulan the target, realisasi, capaian, band "
            + "and notes; JSON, CSV, XLSX or PDF",
            description = "Period: the triwulans overlapping it (default: the current year): 2026-Q1, 2026-S1, 2026, sd-2026-Q3")
    @ApiResponse(responseCode = "200", description = "The report, in the format asked for", content =
            @Content(mediaType = "application/json", schema = @Schema(implementation = MonevReport.class)))
    ResponseEntity<Object> report(ReportQuery query,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportFilter filter = query.filter();
        ReportFormat reportFormat = query.format(accept);
        ReportPeriod reported = monev.periodOf(filter.period());
        List<ReportPeriod> triwulans = monev.triwulans(reported);
        List<ActionPlan> inRegion = plans.matching(filter);
        Map<String, List<MeasurementRecord>> measured = triwulans.isEmpty() ? Map.of()
                : history.within(inRegion.stream().flatMap(plan -> plan.indicators().keySet().stream()).toList(),
                        triwulans.get(0).start(), triwulans.get(triwulans.size() - 1).end());
        MonevReport report = monev.report(filter.region().value(), inRegion, reported, triwulans, measured);
        return responses.respond(reportFormat, report, filter, (regionName, zone) -> MonevDocument.of(report, filter,
                regionName, zone));
    }
}
