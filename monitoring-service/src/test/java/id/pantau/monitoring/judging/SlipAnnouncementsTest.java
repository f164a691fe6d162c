package id.pantau.monitoring.judging;

import id.pantau.events.IndicatorHealth;
import static id.pantau.events.Severity.AMBER;
import static id.pantau.events.Severity.RED;
import static id.pantau.events.SlipRule.BEHIND_TRAJECTORY;
import static id.pantau.events.SlipRule.DEADLINE_MISSED;
import static id.pantau.monitoring.IndicatorFixtures.serviceTime;
import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.PantauEvent;
import id.pantau.events.TargetRecovered;
import id.pantau.events.TargetSlipped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlipAnnouncementsTest {

    private static final Instant NOW = Instant.parse("2026-04-03T03:30:00Z");

    @Test
    void enteringASlipIsAnnouncedWithWhatWasExpectedAndMeasured() {
        TargetSlipped slipped = (TargetSlipped) announce(null, new Slip(RED, BEHIND_TRAJECTORY)).orElseThrow();

        assertThat(slipped.innovationId()).isEqualTo("inn-1");
        assertThat(slipped.indicatorId()).isEqualTo("ind-trend");
        assertThat(slipped.regionCode()).isEqualTo("32.73");
        assertThat(slipped.opdCode()).isEqualTo("2.18.0.00.0.00.01.0000");
        assertThat(slipped.indicatorName()).isEqualTo("Waktu layanan");
        assertThat(slipped.severity()).isEqualTo(RED);
        assertThat(slipped.rule()).isEqualTo(BEHIND_TRAJECTORY);
        assertThat(slipped.period()).isEqualTo("2026-01");
        assertThat(slipped.expected()).isEqualByComparingTo("9.1667");
        assertThat(slipped.actual()).isEqualByComparingTo("10");
        assertThat(slipped.progressRatio()).isEqualByComparingTo("0");
        assertThat(slipped.detectedAt()).isEqualTo(NOW);
    }

    @Test
    void stayingInTheSameSlipAnnouncesNothing() {
        assertThat(announce(new Slip(RED, BEHIND_TRAJECTORY), new Slip(RED, BEHIND_TRAJECTORY))).isEmpty();
        assertThat(announce(null, null)).isEmpty();
    }

    @Test
    void aChangeOfSeverityIsAnnouncedAsANewSlip() {
        assertThat(announce(new Slip(AMBER, BEHIND_TRAJECTORY), new Slip(RED, BEHIND_TRAJECTORY)))
                .get().isInstanceOfSatisfying(TargetSlipped.class, slipped -> assertThat(slipped.severity()).isEqualTo(RED));
        assertThat(announce(new Slip(RED, BEHIND_TRAJECTORY), new Slip(AMBER, BEHIND_TRAJECTORY)))
                .get().isInstanceOfSatisfying(TargetSlipped.class, slipped -> assertThat(slipped.severity()).isEqualTo(AMBER));
    }

    @Test
    void aChangeOfRuleIsAnnouncedAsANewSlip() {
        assertThat(announce(new Slip(RED, BEHIND_TRAJECTORY), new Slip(RED, DEADLINE_MISSED)))
                .get().isInstanceOfSatisfying(TargetSlipped.class,
                        slipped -> assertThat(slipped.rule()).isEqualTo(DEADLINE_MISSED));
    }

    @Test
    void leavingASlipIsARecoveryOfTheRuleThatWasBroken() {
        TargetRecovered recovered = (TargetRecovered) announce(new Slip(AMBER, BEHIND_TRAJECTORY), null).orElseThrow();

        assertThat(recovered.rule()).isEqualTo(BEHIND_TRAJECTORY);
        assertThat(recovered.period()).isEqualTo("2026-01");
        assertThat(recovered.recoveredAt()).isEqualTo(NOW);
    }

    private static Optional<PantauEvent> announce(Slip before, Slip after) {
        Judgement judgement = new Judgement("2026-01", new BigDecimal("10"), new BigDecimal("9.1667"),
                new BigDecimal("0.0000"), new BigDecimal("90.91"), IndicatorHealth.AT_RISK, after);
        return SlipAnnouncements.of(serviceTime(), before, judgement, NOW);
    }
}
