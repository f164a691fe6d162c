package id.pantau.reporting.web;

import id.pantau.events.IndicatorHealth;
import id.pantau.events.InnovationStage;
import id.pantau.reporting.actionplan.ActionPlanReport;
import id.pantau.reporting.compliance.ComplianceReport;
import id.pantau.reporting.earlywarning.EarlyWarningReport;
import id.pantau.reporting.innovationindex.InnovationIndexReport;
import id.pantau.reporting.recap.RecapReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The region overview: innovations by stage (the recap), the health of their indicators today (the action plan),
 * on-time reporting per OPD (the compliance report), the OPDs to drill into, how many early warnings stand, and
 * the projected Indeks Inovasi Daerah with what each innovation misses to score higher (the index projection).
 */
record Overview(List<Count<InnovationStage>> stages, List<Count<IndicatorHealth>> health,
                List<ComplianceReport.OpdCompliance> compliance, List<RecapReport.OpdCounts> opds, int innovations,
                int warnings, InnovationIndexReport index) {

    record Count<K>(K key, int count) {
    }

    static Overview of(ActionPlanReport plans, RecapReport recap, ComplianceReport compliance,
                       EarlyWarningReport warnings, InnovationIndexReport index) {
        List<Count<InnovationStage>> stages = new ArrayList<>();
        recap.total().byStage().forEach((stage, count) -> stages.add(new Count<>(stage, count)));
        Map<IndicatorHealth, Integer> byHealth = new EnumMap<>(IndicatorHealth.class);
        for (IndicatorHealth health : IndicatorHealth.values()) {
            byHealth.put(health, 0);
        }
        plans.rows().stream().flatMap(row -> row.indicators().stream()).filter(indicator -> indicator.health() != null)
                .forEach(indicator -> byHealth.merge(indicator.health(), 1, Integer::sum));
        List<Count<IndicatorHealth>> health = new ArrayList<>();
        byHealth.forEach((state, count) -> health.add(new Count<>(state, count)));
        return new Overview(stages, health, compliance.opds(), recap.opds(), plans.rows().size(),
                warnings.warnings().size(), index);
    }
}
