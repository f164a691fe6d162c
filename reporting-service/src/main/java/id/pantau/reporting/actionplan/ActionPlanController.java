package id.pantau.reporting.actionplan;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.events.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports/action-plan")
@Tag(name = "Matriks Rencana Aksi Inovasi")
class ActionPlanController {

    private final ActionPlanQueries queries;
    private final ActionPlanRows rows;

    ActionPlanController(ActionPlanQueries queries, ActionPlanRows rows) {
        this.queries = queries;
        this.rows = rows;
    }

    @GetMapping
    @Operation(summary = "The action-plan matrix of a region (a province includes its kabupaten/kota), optionally of one OPD")
    ActionPlanReport report(@RequestParam(required = false) String region, @RequestParam(required = false) String opd) {
        if (region == null || region.isBlank()) {
            throw ApiProblem.invalid("region", "region-required");
        }
        // spaces around the code, as pasted from a document, are forgiven
        RegionCode code = RegionCode.parse(region.trim())
                .orElseThrow(() -> ApiProblem.invalid("region", "region-invalid", region));
        String opdCode = opd == null || opd.isBlank() ? null : opd.trim();
        return rows.report(code.value(), queries.inRegion(code, opdCode));
    }

    @GetMapping("/{innovationId}")
    @Operation(summary = "The action-plan row of one innovation")
    ActionPlanReport.Row row(@PathVariable String innovationId) {
        return queries.find(innovationId).map(rows::row)
                .orElseThrow(() -> ApiProblem.notFound("action-plan-not-found", innovationId));
    }
}
