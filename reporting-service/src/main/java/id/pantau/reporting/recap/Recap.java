package id.pantau.reporting.recap;

import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.recap.RecapReport.Counts;
import id.pantau.reporting.recap.RecapReport.OpdCounts;
import id.pantau.reporting.recap.RecapReport.StageByForm;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Counts the innovations started by the end of the period (an innovation without a start date counts from its
 * registration): new when started within the period, ongoing when before. Stages are today's: the projection keeps
 * no stage history.
 */
@Component
public class Recap {

    private final Clock clock;

    Recap(Clock clock) {
        this.clock = clock;
    }

    public RecapReport report(String region, List<ActionPlan> plans, ReportPeriod asked) {
        ReportPeriod period = asked != null ? asked
                : ReportPeriod.parse(String.valueOf(LocalDate.now(clock).getYear())).orElseThrow();
        Map<String, List<ActionPlan>> byOpd = new TreeMap<>();
        List<ActionPlan> counted = new ArrayList<>();
        for (ActionPlan plan : plans) {
            LocalDate started = started(plan);
            if (started != null && !started.isAfter(period.end())) {
                counted.add(plan);
                byOpd.computeIfAbsent(String.valueOf(plan.opdCode()), opd -> new ArrayList<>()).add(plan);
            }
        }
        List<OpdCounts> opds = new ArrayList<>();
        byOpd.values().stream()
                .sorted(Comparator.comparing((List<ActionPlan> opd) -> name(opd.get(0)), String.CASE_INSENSITIVE_ORDER))
                .forEach(opd -> opds.add(new OpdCounts(opds.size() + 1, opd.get(0).opdCode(), name(opd.get(0)),
                        counts(opd, period))));
        List<StageByForm> stageByForm = new ArrayList<>();
        for (InnovationStage stage : InnovationStage.values()) {
            List<ActionPlan> inStage = counted.stream().filter(plan -> plan.stage() == stage).toList();
            stageByForm.add(new StageByForm(stage, byForm(inStage), inStage.size()));
        }
        return new RecapReport(region, period, Instant.now(clock), opds, counts(counted, period), stageByForm);
    }

    private Counts counts(List<ActionPlan> plans, ReportPeriod period) {
        Map<InnovationStage, Integer> byStage = new EnumMap<>(InnovationStage.class);
        for (InnovationStage stage : InnovationStage.values()) {
            byStage.put(stage, (int) plans.stream().filter(plan -> plan.stage() == stage).count());
        }
        int fresh = (int) plans.stream().filter(plan -> !started(plan).isBefore(period.start())).count();
        return new Counts(new LinkedHashMap<>(byStage), byForm(plans), fresh, plans.size() - fresh, plans.size());
    }

    private static Map<InnovationForm, Integer> byForm(List<ActionPlan> plans) {
        Map<InnovationForm, Integer> byForm = new LinkedHashMap<>();
        for (InnovationForm form : InnovationForm.values()) {
            byForm.put(form, (int) plans.stream().filter(plan -> plan.form() == form).count());
        }
        return byForm;
    }

    private LocalDate started(ActionPlan plan) {
        if (plan.startDate() != null) {
            return plan.startDate();
        }
        return plan.registeredAt() == null ? null : plan.registeredAt().atZone(clock.getZone()).toLocalDate();
    }

    private static String name(ActionPlan plan) {
        return plan.opdName() != null ? plan.opdName() : String.valueOf(plan.opdCode());
    }
}
