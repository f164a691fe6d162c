package id.pantau.innovation.innovation;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.innovation.Refusals;
import id.pantau.innovation.indicator.Indicator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

import static id.pantau.events.InnovationStage.DIARSIPKAN;
import static id.pantau.events.InnovationStage.DIHENTIKAN;
import static id.pantau.events.InnovationStage.INISIATIF;
import static id.pantau.events.InnovationStage.PENERAPAN;
import static id.pantau.events.InnovationStage.UJI_COBA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate TRIAL = LocalDate.of(2026, 2, 1);
    private static final LocalDate IMPLEMENTATION = LocalDate.of(2026, 4, 1);
    private static final Indicator SERVICE_TIME = new Indicator("i-1", "Waktu layanan", IndicatorKind.TREND, "hari",
            Polarity.LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.valueOf(5), LocalDate.of(2026, 6, 30),
            ReportingFrequency.MONTHLY, null, null, null, null, null, null, null, null, false);
    private static final Indicator DATA_CENTRALISED = new Indicator("i-2", "Data terpusat", IndicatorKind.MILESTONE,
            "status", Polarity.HIGHER_IS_BETTER, null, null, LocalDate.of(2026, 6, 30), ReportingFrequency.QUARTERLY,
            null, null, null, null, null, null, null, null, false);

    /** The moves of the lifecycle; every other pair is forbidden. */
    private static final Set<List<InnovationStage>> ALLOWED = Set.of(List.of(INISIATIF, UJI_COBA),
            List.of(INISIATIF, DIHENTIKAN),
            List.of(UJI_COBA, PENERAPAN), List.of(UJI_COBA, DIHENTIKAN), List.of(PENERAPAN, DIHENTIKAN),
            List.of(PENERAPAN, DIARSIPKAN), List.of(DIHENTIKAN, DIARSIPKAN));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (InnovationStage from : InnovationStage.values()) {
            for (InnovationStage to : InnovationStage.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void everyMoveOfTheLifecycleIsAllowedWithWhatItNeedsAndEveryOtherIsForbidden(InnovationStage from,
                                                                               InnovationStage to) {
        Innovation innovation = at(from, List.of(SERVICE_TIME), TRIAL, from == UJI_COBA ? null : IMPLEMENTATION);
        StageRequest request = new StageRequest(to, "Alasan perpindahan", to == PENERAPAN ? IMPLEMENTATION : null);

        if (ALLOWED.contains(List.of(from, to))) {
            Innovation moved = StageRules.move(innovation, request, "subject-7", NOW);
            assertThat(moved.stage()).isEqualTo(to);
            assertThat(moved.stageHistory()).last().isEqualTo(new StageChange(from, to, "Alasan perpindahan",
                    "subject-7", NOW));
            assertThat(moved.version()).isEqualTo(innovation.version() + 1);
        } else {
            assertThatThrownBy(() -> StageRules.move(innovation, request, "subject-7", NOW))
                    .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                        assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(problem.code()).isEqualTo("stage-transition-forbidden");
                    });
        }
        assertThat(StageRules.allowed(from, to)).isEqualTo(ALLOWED.contains(List.of(from, to)));
    }

    @Test
    void nothingLeadsBackToInisiatifAndNothingLeavesTheArchive() {
        for (InnovationStage from : InnovationStage.values()) {
            assertThat(StageRules.allowed(from, INISIATIF)).isFalse();
            assertThat(StageRules.allowed(DIARSIPKAN, from)).isFalse();
        }
    }

    @Test
    void aTrialNeedsAnIndicatorInUseWithABaseline() {
        Indicator retired = new Indicator("i-3", "Waktu layanan lama", IndicatorKind.TREND, "hari",
                Polarity.LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.ONE, LocalDate.of(2026, 6, 30),
                ReportingFrequency.MONTHLY, null, NOW.minusSeconds(60), "subject-2", "Diganti", null, null,
                null, null, false);

        assertThat(Refusals.of(() -> StageRules.move(at(INISIATIF, List.of(DATA_CENTRALISED, retired), null, null),
                new StageRequest(UJI_COBA, null, TRIAL), "s", NOW)))
                .containsExactly("stage: trial-needs-baseline-indicator");
    }

    @Test
    void aTrialKeepsItsStartDateWhichMayNotPrecedeTheStart() {
        Innovation trial = StageRules.move(at(INISIATIF, List.of(SERVICE_TIME), null, null),
                new StageRequest(UJI_COBA, null, TRIAL), "s", NOW);

        assertThat(trial.trialStartDate()).isEqualTo(TRIAL);
        assertThat(trial.stageHistory()).last().extracting(StageChange::reason).isNull();
        assertThat(Refusals.of(() -> StageRules.move(at(INISIATIF, List.of(SERVICE_TIME), null, null),
                new StageRequest(UJI_COBA, null, START.minusDays(1)), "s", NOW)))
                .containsExactly("date: trial-before-start");
    }

    @Test
    void implementationNeedsTheTrialStartAndItsOwnDateNotBeforeIt() {
        assertThat(Refusals.of(() -> StageRules.move(at(UJI_COBA, List.of(SERVICE_TIME), null, null),
                new StageRequest(PENERAPAN, null, null), "s", NOW)))
                .containsExactly("stage: implementation-needs-trial-date", "date: implementation-date-required");
        assertThat(Refusals.of(() -> StageRules.move(at(UJI_COBA, List.of(SERVICE_TIME), TRIAL, null),
                new StageRequest(PENERAPAN, null, TRIAL.minusDays(1)), "s", NOW)))
                .containsExactly("date: implementation-before-trial");
        assertThat(StageRules.move(at(UJI_COBA, List.of(SERVICE_TIME), TRIAL, IMPLEMENTATION),
                new StageRequest(PENERAPAN, null, null), "s", NOW).implementationDate()).isEqualTo(IMPLEMENTATION);
    }

    @Test
    void discontinuingAndArchivingNeedAReason() {
        assertThat(Refusals.of(() -> StageRules.move(at(UJI_COBA, List.of(SERVICE_TIME), TRIAL, null),
                new StageRequest(DIHENTIKAN, " ", null), "s", NOW))).containsExactly("reason: required");
        assertThat(Refusals.of(() -> StageRules.move(at(DIHENTIKAN, List.of(SERVICE_TIME), TRIAL, null),
                new StageRequest(DIARSIPKAN, null, null), "s", NOW))).containsExactly("reason: required");
    }

    @Test
    void aRequestNamesItsStageAndAReasonOfBoundedLength() {
        assertThat(Refusals.of(() -> StageRules.move(at(INISIATIF, List.of(SERVICE_TIME), null, null),
                new StageRequest(null, "x".repeat(1001), null), "s", NOW)))
                .containsExactly("stage: required", "reason: too-long");
    }

    @Test
    void everyStageIsAnnouncedUnderItsOwnName() {
        assertThat(EnumSet.allOf(InnovationStage.class))
                .allSatisfy(stage -> assertThat(stage.name()).isEqualTo(stage.name()));
    }

    private static Innovation at(InnovationStage stage, List<Indicator> indicators, LocalDate trialStart,
                                 LocalDate implementation) {
        return new Innovation("inn-1", "32.73", "2.18.0.00.0.00.01.0000", "Dinas PTSP", List.of(), "Perizinan online",
                "Layanan lambat", "Aplikasi layanan online", InnovationForm.PELAYANAN_PUBLIK, null, stage, START,
                LocalDate.of(2026, 6, 30), trialStart, implementation, indicators, List.of(), null, List.of(),
                List.of(), NOW.minusSeconds(3600),
                NOW.minusSeconds(3600), 4, List.of());
    }
}
