package id.pantau.reporting.actionplan;

import id.pantau.events.AlertRule;
import id.pantau.events.InnovationStage;
import id.pantau.events.Severity;
import id.pantau.reporting.actionplan.ActionPlan.AlertEntry;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionPlanTest {

    @Test
    void narrowedToAnIndicatorThePlanKeepsOnlyItAndItsAlerts() {
        ActionPlan plan = new ActionPlan("a", "32.73", "opd", "Dinas", "Inovasi", null, null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, InnovationStage.PENERAPAN, null,
                Instant.parse("2026-01-05T00:00:00Z"), Map.of("i1", indicator("i1"), "i2", indicator("i2")),
                Map.of("x1", alert("x1", "i1"), "x2", alert("x2", "i2"), "x3", alert("x3", "i2")), null);

        ActionPlan narrowed = plan.narrowedTo("i2");

        assertThat(narrowed.indicators()).containsOnlyKeys("i2");
        assertThat(narrowed.alerts()).containsOnlyKeys("x2", "x3");
        assertThat(narrowed.title()).isEqualTo("Inovasi");
        assertThat(plan.narrowedTo("unknown").indicators()).isEmpty();
    }

    private static IndicatorEntry indicator(String id) {
        return new IndicatorEntry(id, 0, "Indikator " + id, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    private static AlertEntry alert(String id, String indicatorId) {
        return new AlertEntry(id, indicatorId, AlertRule.BEHIND_TRAJECTORY, Severity.RED, "2026-02", AlertState.OPEN,
                Instant.parse("2026-03-03T03:30:02Z"), null, null, null, null);
    }
}
