package id.pantau.reporting.innovationindex;

import id.pantau.reporting.report.ReportFilter;
import id.pantau.reporting.report.ReportFormat;
import id.pantau.reporting.report.ReportQuery;
import id.pantau.reporting.report.ReportResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Proyeksi Indeks Inovasi Daerah")
class InnovationIndexController {

    private final ScoringCatalogues catalogues;
    private final InnovationIndexAssembler assembler;
    private final ReportResponses responses;

    InnovationIndexController(ScoringCatalogues catalogues, InnovationIndexAssembler assembler,
                              ReportResponses responses) {
        this.catalogues = catalogues;
        this.assembler = assembler;
        this.responses = responses;
    }

    @GetMapping("/api/v1/reports/innovation-index")
    @Operation(summary = "The projected Indeks Inovasi Daerah per region with its band, and per innovation its points "
            + "and what is missing to score higher; JSON, CSV, XLSX or PDF",
            description = "Period: data up to its end, reports due within it for timeliness (default: now, the current year): 2026-03, 2026-Q1, 2026-S1, 2026, sd-2026-Q2")
    @ApiResponse(responseCode = "200", description = "The report, in the format asked for", content =
            @Content(mediaType = "application/json", schema = @Schema(implementation = InnovationIndexReport.class)))
    @ApiResponse(responseCode = "422", description = "No scoring catalogue for the year asked for")
    ResponseEntity<Object> report(ReportQuery query,
            @Parameter(description = "the year of the scoring catalogue, e.g. 2023 (default: the newest)")
            @RequestParam(required = false) String year,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportFilter filter = query.filter();
        ReportFormat reportFormat = query.format(accept);
        ScoringCatalogue catalogue = catalogues.forYear(year);
        InnovationIndexReport report = assembler.report(catalogue, filter);
        return responses.respond(reportFormat, report, filter, (regionName, zone) -> InnovationIndexDocument.of(report, filter,
                regionName, zone));
    }
}
