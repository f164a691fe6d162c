package id.pantau.reporting.web;

import id.pantau.defaults.security.Caller;
import id.pantau.events.RegionCode;
import id.pantau.reporting.achievement.AchievementReport;
import id.pantau.reporting.achievement.IndicatorAchievement;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.actionplan.ActionPlanQueries;
import id.pantau.reporting.actionplan.ActionPlanReport;
import id.pantau.reporting.actionplan.ActionPlanRows;
import id.pantau.reporting.compliance.ReportingCompliance;
import id.pantau.reporting.directory.Directory;
import id.pantau.reporting.earlywarning.EarlyWarnings;
import id.pantau.reporting.innovationindex.InnovationIndexAssembler;
import id.pantau.reporting.measurement.MeasurementHistory;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.recap.Recap;
import id.pantau.reporting.report.ReportFilter;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard's pages: the region overview, an OPD, an innovation, an indicator and the early-warning list, each
 * built from the same report classes as the API, within the logged-in caller's scope (the queries read
 * {@code Scope.current()}): another region's innovations are absent, and one of them asked for by id is a 404.
 */
@Controller
class DashboardController {

    /** The reports a page may offer for download, by the name of their API endpoint. */
    static final List<String> REPORTS = List.of("action-plan", "innovation-recap", "quarterly-monev",
            "indicator-achievement", "early-warning", "reporting-compliance", "replications", "innovation-index");

    private final ActionPlanQueries plans;
    private final ActionPlanRows rows;
    private final Recap recap;
    private final ReportingCompliance compliance;
    private final EarlyWarnings warnings;
    private final IndicatorAchievement achievement;
    private final MeasurementHistory history;
    private final InnovationIndexAssembler index;
    private final Directory directory;

    DashboardController(ActionPlanQueries plans, ActionPlanRows rows, Recap recap, ReportingCompliance compliance,
                        EarlyWarnings warnings, IndicatorAchievement achievement, MeasurementHistory history,
                        InnovationIndexAssembler index, Directory directory) {
        this.plans = plans;
        this.rows = rows;
        this.recap = recap;
        this.compliance = compliance;
        this.warnings = warnings;
        this.achievement = achievement;
        this.history = history;
        this.index = index;
        this.directory = directory;
    }

    @GetMapping("/")
    String overview(@RequestParam(required = false) String region, Model model) {
        RegionCode code = region(region);
        List<ActionPlan> inRegion = plans.inRegion(code, null);
        ReportPeriod year = compliance.periodOf(null);
        model.addAttribute("page", Overview.of(rows.report(code.value(), inRegion),
                recap.report(code.value(), inRegion, null),
                compliance.report(code.value(), inRegion, year, history.within(indicatorIds(inRegion), year)),
                warnings.report(code.value(), inRegion, null),
                index.report(new ReportFilter(code, null, null, null, null))));
        return page(model, code, null, "web/overview");
    }

    @GetMapping("/dashboard/opd/{opdCode}")
    String opd(@PathVariable String opdCode, @RequestParam(required = false) String region, Model model) {
        RegionCode code = region(region);
        ActionPlanReport report = rows.report(code.value(), plans.inRegion(code, opdCode));
        if (report.rows().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("report", report);
        model.addAttribute("opdName", report.rows().get(0).opdName());
        return page(model, code, opdCode, "web/opd");
    }

    @GetMapping("/dashboard/innovations/{innovationId}")
    String innovation(@PathVariable String innovationId, Model model) {
        ActionPlan plan = readable(innovationId);
        model.addAttribute("row", rows.report(plan.regionCode(), List.of(plan)).rows().get(0));
        return page(model, new RegionCode(plan.regionCode()), plan.opdCode(), "web/innovation");
    }

    @GetMapping("/dashboard/innovations/{innovationId}/indicators/{indicatorId}")
    String indicator(@PathVariable String innovationId, @PathVariable String indicatorId, Model model) {
        ActionPlan plan = readable(innovationId);
        ActionPlanReport.Row row = rows.report(plan.regionCode(), List.of(plan)).rows().get(0);
        ActionPlanReport.IndicatorRow indicator = row.indicators().stream()
                .filter(candidate -> candidate.indicatorId().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AchievementReport.IndicatorTrend trend = achievement.report(plan.regionCode(), List.of(plan), null,
                        history.upTo(List.of(indicatorId), null)).indicators().stream()
                .filter(candidate -> candidate.indicatorId().equals(indicatorId)).findFirst().orElse(null);
        model.addAttribute("row", row);
        model.addAttribute("indicator", indicator);
        model.addAttribute("trend", trend);
        return page(model, new RegionCode(plan.regionCode()), plan.opdCode(), "web/indicator");
    }

    @GetMapping("/dashboard/early-warning")
    String earlyWarning(@RequestParam(required = false) String region, Model model) {
        RegionCode code = region(region);
        model.addAttribute("report", warnings.report(code.value(), plans.inRegion(code, null), null));
        return page(model, code, null, "web/early-warning");
    }

    /**
     * A download button: the report endpoint itself, reached inside this request so that the session's caller (and
     * its scope) is the one the endpoint sees; the API stays closed to anything but bearer tokens from outside.
     */
    @GetMapping("/dashboard/downloads/{report}")
    String download(@PathVariable String report) {
        if (!REPORTS.contains(report)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "forward:/api/v1/reports/" + report;
    }

    private String page(Model model, RegionCode region, String opdCode, String view) {
        model.addAttribute("region", region.value());
        model.addAttribute("regionName", directory.regionName(region.value()).orElse(region.value()));
        model.addAttribute("opd", opdCode);
        model.addAttribute("reports", REPORTS);
        model.addAttribute("formats", List.of("xlsx", "pdf", "csv", "json"));
        return view;
    }

    /** The region asked for, or the caller's own; a malformed code is the caller's own too. */
    private static RegionCode region(String asked) {
        return asked == null ? Caller.current().region()
                : RegionCode.parse(asked.strip()).orElse(Caller.current().region());
    }

    private ActionPlan readable(String innovationId) {
        return plans.inRegion(Caller.current().region(), null).stream()
                .filter(plan -> plan.innovationId().equals(innovationId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<String> indicatorIds(List<ActionPlan> inRegion) {
        return inRegion.stream().flatMap(plan -> plan.indicators().keySet().stream()).toList();
    }
}
