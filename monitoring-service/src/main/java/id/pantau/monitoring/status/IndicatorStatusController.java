package id.pantau.monitoring.status;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.indicator.IndicatorRepository;
import id.pantau.monitoring.judging.IndicatorJudging;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IndicatorStatusController {

    private final IndicatorRepository indicators;
    private final IndicatorJudging judging;

    IndicatorStatusController(IndicatorRepository indicators, IndicatorJudging judging) {
        this.indicators = indicators;
        this.judging = judging;
    }

    @GetMapping("/api/v1/indicators/{id}/status")
    @Operation(summary = "An indicator's definition and its judgement by the latest measured period; "
            + "one outside the caller's scope is not found")
    IndicatorStatusView status(@PathVariable String id) {
        Indicator indicator = indicators.findReadable(id, Scope.current())
                .orElseThrow(() -> ApiProblem.notFound("indicator-not-found", id));
        return IndicatorStatusView.of(indicator, judging.find(id).orElse(null));
    }
}
