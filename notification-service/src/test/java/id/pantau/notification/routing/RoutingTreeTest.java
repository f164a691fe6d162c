package id.pantau.notification.routing;

import id.pantau.events.Severity;
import id.pantau.notification.alert.Alert;
import id.pantau.events.AlertRule;
import id.pantau.notification.alert.AlertSignal;
import id.pantau.notification.recipient.RecipientRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static id.pantau.notification.recipient.RecipientRole.BAPPEDA;
import static id.pantau.notification.recipient.RecipientRole.INSPECTORATE;
import static id.pantau.notification.recipient.RecipientRole.OPD_HEAD;
import static id.pantau.notification.recipient.RecipientRole.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;

class RoutingTreeTest {

    private static final Instant T0 = Instant.parse("2026-04-03T03:30:00Z");
    private static final String PTSP = "2.18.0.00.0.00.01.0000";

    private static Alert alert(String region, String opd, AlertRule rule) {
        return Alert.open("a1", new AlertSignal("e1", "inno-1", "ind-1", "Waktu layanan", region, opd, rule,
                Severity.AMBER, "2026-03", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO, T0)).alert();
    }

    private static Route route(String id, String region, int position, String opd, Severity minSeverity,
                               List<AlertRule> rules, boolean continues, RecipientRole... receivers) {
        return Route.create(id, new NewRoute(region, position, opd, minSeverity, rules, List.of(receivers), continues),
                "admin", T0.plusSeconds(position));
    }

    @Test
    void withoutRulesTheRegionsInspectorateIsTold() {
        assertThat(new RoutingTree("32.73", List.of()).receivers(alert("32.73", PTSP, AlertRule.BEHIND_TRAJECTORY),
                Severity.AMBER)).containsExactly(INSPECTORATE);
    }

    @Test
    void theFirstMatchingRuleDecidesAndEndsTheWalk() {
        RoutingTree tree = new RoutingTree("32.73", List.of(
                route("r2", "32.73", 20, null, null, List.of(), false, PROVINCE),
                route("r1", "32.73", 10, null, null, List.of(AlertRule.BOUND_BREACHED), false, BAPPEDA)));

        assertThat(tree.receivers(alert("32.73", PTSP, AlertRule.BOUND_BREACHED), Severity.AMBER))
                .as("the lower position is walked first").containsExactly(BAPPEDA);
        assertThat(tree.receivers(alert("32.73", PTSP, AlertRule.BEHIND_TRAJECTORY), Severity.AMBER))
                .as("not the inspectorate: a rule matched and did not continue").containsExactly(PROVINCE);
    }

    @Test
    void aContinueRuleAddsItsReceiversAndTheWalkGoesOnDownToTheInspectorate() {
        RoutingTree tree = new RoutingTree("32.73", List.of(
                route("copy", "32.73", 10, null, null, List.of(), true, BAPPEDA)));

        assertThat(tree.receivers(alert("32.73", PTSP, AlertRule.BEHIND_TRAJECTORY), Severity.AMBER))
                .containsExactly(BAPPEDA, INSPECTORATE);
    }

    @Test
    void aProvinceRuleCoversItsRegionsAfterTheirOwnRules() {
        Route province = route("p", "32", 0, null, Severity.RED, List.of(), true, OPD_HEAD);
        Route own = route("own", "32.73", 50, PTSP, null, List.of(), true, BAPPEDA);
        RoutingTree kotaBandung = new RoutingTree("32.73", List.of(province, own));

        assertThat(kotaBandung.receivers(alert("32.73", PTSP, AlertRule.BEHIND_TRAJECTORY), Severity.RED))
                .containsExactly(BAPPEDA, OPD_HEAD, INSPECTORATE);
        assertThat(kotaBandung.receivers(alert("32.73", "1.02.0.00.0.00.01.0000", AlertRule.BEHIND_TRAJECTORY),
                Severity.RED)).as("another OPD").containsExactly(OPD_HEAD, INSPECTORATE);
        assertThat(kotaBandung.receivers(alert("32.73", PTSP, AlertRule.BEHIND_TRAJECTORY), Severity.AMBER))
                .as("below the province rule's severity").containsExactly(BAPPEDA, INSPECTORATE);
        assertThat(route("other", "33", 0, null, null, List.of(), false, PROVINCE)
                .matches(alert("32.73", PTSP, AlertRule.BEHIND_TRAJECTORY), Severity.RED)).isFalse();
    }
}
