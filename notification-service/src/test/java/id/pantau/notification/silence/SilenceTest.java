package id.pantau.notification.silence;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.events.Severity;
import id.pantau.notification.alert.Alert;
import id.pantau.events.AlertRule;
import id.pantau.notification.alert.AlertSignal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SilenceTest {

    private static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");
    private static final Instant IN_A_MONTH = NOW.plus(Duration.ofDays(30));
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final Alert KOTA_BANDUNG_PTSP = alert("32.73", PTSP, AlertRule.BEHIND_TRAJECTORY);

    private static Alert alert(String region, String opd, AlertRule rule) {
        return Alert.open("a1", new AlertSignal("e1", "inno-1", "ind-1", "Waktu layanan", region, opd, rule,
                Severity.RED, "2026-06", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO, NOW)).alert();
    }

    private static Silence silence(String region, String opd, String indicator, AlertRule rule) {
        return Silence.create("s1", new NewSilence(region, opd, null, indicator, rule, null, IN_A_MONTH,
                "Revisi target pertengahan tahun"), "subject-1", NOW);
    }

    @Test
    void aRegionSilenceHoldsBackItsAlertsAndAProvinceSilenceThoseOfItsRegions() {
        assertThat(silence("32.73", null, null, null).silences(KOTA_BANDUNG_PTSP, NOW)).isTrue();
        assertThat(silence("32", null, null, null).silences(KOTA_BANDUNG_PTSP, NOW)).isTrue();
        assertThat(silence("32.04", null, null, null).silences(KOTA_BANDUNG_PTSP, NOW)).isFalse();
        assertThat(silence("33", null, null, null).silences(KOTA_BANDUNG_PTSP, NOW)).isFalse();
        assertThat(silence("32.73", null, null, null).silences(alert("32", PTSP, AlertRule.BEHIND_TRAJECTORY), NOW))
                .as("a kabupaten/kota silence does not cover its province").isFalse();
    }

    @Test
    void everyGivenMatcherMustHold() {
        assertThat(silence("32.73", PTSP, null, null).silences(KOTA_BANDUNG_PTSP, NOW)).isTrue();
        assertThat(silence("32.73", "1.02.0.00.0.00.01.0000", null, null).silences(KOTA_BANDUNG_PTSP, NOW)).isFalse();
        assertThat(silence("32.73", PTSP, "ind-1", AlertRule.BEHIND_TRAJECTORY).silences(KOTA_BANDUNG_PTSP, NOW)).isTrue();
        assertThat(silence("32.73", PTSP, "ind-2", null).silences(KOTA_BANDUNG_PTSP, NOW)).isFalse();
        assertThat(silence("32.73", null, null, AlertRule.REPORT_OVERDUE).silences(KOTA_BANDUNG_PTSP, NOW)).isFalse();
    }

    @Test
    void aSilenceHoldsOnlyWithinItsTimeBoxAndUntilItIsExpired() {
        Silence later = Silence.create("s2", new NewSilence("32.73", null, null, null, null, NOW.plusSeconds(3600),
                IN_A_MONTH, "Mulai besok"), "subject-1", NOW);
        Silence silence = silence("32.73", null, null, null);

        assertThat(later.state(NOW)).isEqualTo(Silence.State.PENDING);
        assertThat(later.silences(KOTA_BANDUNG_PTSP, NOW)).isFalse();
        assertThat(later.silences(KOTA_BANDUNG_PTSP, NOW.plusSeconds(3600))).isTrue();
        assertThat(silence.silences(KOTA_BANDUNG_PTSP, IN_A_MONTH)).isFalse();

        Silence expired = silence.expire("subject-2", NOW.plusSeconds(60));
        assertThat(expired.state(NOW.plusSeconds(60))).isEqualTo(Silence.State.EXPIRED);
        assertThat(expired.silences(KOTA_BANDUNG_PTSP, NOW.plusSeconds(59))).isTrue();
        assertThat(expired.silences(KOTA_BANDUNG_PTSP, NOW.plusSeconds(60))).isFalse();
        assertThat(expired.expiredBy()).isEqualTo("subject-2");
        assertThat(expired.createdBy()).isEqualTo("subject-1");
    }

    @Test
    void aTimeBoxMustEndAfterItsStartInTheFutureAndWithinTheLongestAllowed() {
        Duration longest = Duration.ofDays(90);
        assertThat(refusal(new NewSilence("32.73", null, null, null, null, NOW.plusSeconds(60), NOW, "x"), longest))
                .isEqualTo("silence-ends-before-start");
        assertThat(refusal(new NewSilence("32.73", null, null, null, null, NOW.minusSeconds(600), NOW.minusSeconds(60),
                "x"), longest)).isEqualTo("silence-ends-in-past");
        assertThat(refusal(new NewSilence("32.73", null, null, null, null, null, NOW.plus(Duration.ofDays(91)), "x"),
                longest)).isEqualTo("silence-too-long");
        new NewSilence("32.73", null, null, null, null, null, NOW.plus(Duration.ofDays(90)), "x").checkTimeBox(NOW, longest);
    }

    private static String refusal(NewSilence request, Duration longest) {
        ApiProblem problem = (ApiProblem) org.assertj.core.api.Assertions.catchThrowable(
                () -> request.checkTimeBox(NOW, longest));
        assertThat(problem).isNotNull();
        assertThat(problem.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("endsAt"));
        return problem.violations().get(0).message().getCodes()[0];
    }
}
