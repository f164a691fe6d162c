package id.pantau.innovation.innovation;

import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.events.AchievementFormula;
import id.pantau.events.Aggregation;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.events.PantauJson;
import id.pantau.events.ReportingFrequency;
import id.pantau.innovation.Refusals;
import id.pantau.innovation.indicator.NewIndicator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

import static id.pantau.events.IndicatorKind.TREND;
import static id.pantau.events.Polarity.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

class InnovationRulesTest {

    private static final Instant NOW = Instant.parse("2026-01-05T03:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final InnovationSettings SETTINGS = new InnovationSettings(3, Period.ofYears(10));

    /** Kota Bandung with its Dinas PTSP. */
    private static final DirectoryLookup DIRECTORY = new DirectoryLookup() {
        @Override
        public boolean regionActive(String regionCode) {
            return regionCode.equals("32.73");
        }

        @Override
        public Optional<String> opdName(String regionCode, String opdCode) {
            return regionCode.equals("32.73") && opdCode.equals(PTSP)
                    ? Optional.of("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu") : Optional.empty();
        }
    };

    private static final NewIndicator SERVICE_TIME = new NewIndicator("Waktu layanan", TREND, "hari", LOWER_IS_BETTER,
            BigDecimal.TEN, BigDecimal.valueOf(5), null, ReportingFrequency.MONTHLY);

    private static NewInnovation ptsp(LocalDate targetDate, Period duration, List<NewIndicator> indicators) {
        return new NewInnovation("32.73", PTSP, null, "Aplikasi layanan perizinan online", "Layanan lambat",
                "Aplikasi layanan online", InnovationForm.PELAYANAN_PUBLIK, null, START, targetDate, duration, null,
                null, indicators);
    }

    private static Innovation register(NewInnovation request) {
        AtomicInteger next = new AtomicInteger();
        Supplier<String> ids = () -> "id-" + next.incrementAndGet();
        return InnovationRules.register(request, DIRECTORY, SETTINGS, ids, "subject-1", NOW);
    }

    @Test
    void aRegisteredInnovationStartsAtInisiatifWithItsTargetDateAndIndicatorIds() {
        Innovation innovation = register(ptsp(null, Period.ofMonths(6), List.of(SERVICE_TIME)));

        assertThat(innovation.stage()).isEqualTo(InnovationStage.INISIATIF);
        assertThat(innovation.stageHistory()).containsExactly(new StageChange(null, InnovationStage.INISIATIF, null,
                "subject-1", NOW));
        assertThat(innovation.version()).isZero();
        assertThat(innovation.targetDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(innovation.opdName()).isEqualTo("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
        assertThat(innovation.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.id()).isEqualTo("id-1");
            assertThat(indicator.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        });
        assertThat(innovation.id()).isEqualTo("id-2");
    }

    @Test
    void itCarriesItsInnovationRegisteredEventWithTheIndicatorsForTheOutbox() {
        Innovation innovation = register(ptsp(null, Period.ofMonths(6), List.of(SERVICE_TIME)));

        OutboxEvent outbox = innovation.outbox().get(0);
        InnovationRegistered event = PantauJson.mapper().readValue(outbox.payload(), InnovationRegistered.class);
        assertThat(innovation.outbox()).hasSize(1);
        assertThat(outbox.type()).isEqualTo("id.pantau.InnovationRegistered.v1");
        assertThat(outbox.topic()).isEqualTo("innovation-events");
        assertThat(outbox.key()).isEqualTo(innovation.id());
        assertThat(event).isEqualTo(new InnovationRegistered(innovation.id(), "32.73", PTSP,
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Aplikasi layanan perizinan online",
                "Layanan lambat", "Aplikasi layanan online", InnovationForm.PELAYANAN_PUBLIK, InnovationStage.INISIATIF,
                START, LocalDate.of(2026, 6, 30), List.of(new IndicatorDefinition("id-1", "Waktu layanan", TREND,
                "hari", LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.valueOf(5), LocalDate.of(2026, 6, 30),
                ReportingFrequency.MONTHLY, Aggregation.LAST, AchievementFormula.PERMENPANRB, List.of(), false)), NOW));
    }

    @Test
    void aTargetDateMayBeGivenInsteadOfADuration() {
        assertThat(register(ptsp(LocalDate.of(2026, 9, 30), null, List.of(SERVICE_TIME))).targetDate())
                .isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void exactlyOneOfTargetDateAndTargetDurationIsRequired() {
        assertThat(Refusals.of(() -> register(ptsp(null, null, List.of(SERVICE_TIME)))))
                .containsExactly("targetDate: target-time-required");
        assertThat(Refusals.of(() -> register(ptsp(LocalDate.of(2026, 6, 30), Period.ofMonths(6),
                List.of(SERVICE_TIME))))).containsExactly("targetDuration: target-time-twice");
    }

    @Test
    void theTargetTimeEndsAfterTheStart() {
        assertThat(Refusals.of(() -> register(ptsp(START, null, List.of(SERVICE_TIME)))))
                .containsExactly("targetDate: target-time-not-after-start");
        assertThat(Refusals.of(() -> register(ptsp(null, Period.ofMonths(-6), List.of(SERVICE_TIME)))))
                .containsExactly("targetDuration: target-time-not-after-start");
        assertThat(Refusals.of(() -> register(ptsp(null, Period.ZERO, List.of(SERVICE_TIME)))))
                .containsExactly("targetDuration: target-time-not-after-start");
    }

    @Test
    void aTargetTimeBeyondTheLongestPlanIsRefused() {
        assertThat(register(ptsp(null, Period.ofYears(10), List.of(SERVICE_TIME))).targetDate())
                .isEqualTo(LocalDate.of(2035, 12, 31));
        assertThat(Refusals.of(() -> register(ptsp(LocalDate.of(2206, 6, 30), null, List.of(SERVICE_TIME)))))
                .containsExactly("targetDate: plan-too-long");
        assertThat(Refusals.of(() -> register(ptsp(null, Period.ofYears(999_999_999), List.of(SERVICE_TIME)))))
                .containsExactly("targetDuration: plan-too-long");
    }

    @Test
    void theRegionAndOpdMustBeInTheDirectory() {
        assertThat(Refusals.of(() -> register(new NewInnovation("32.99", PTSP, null, "t", "p", "i",
                InnovationForm.LAINNYA, null, START, null, Period.ofMonths(6), null, null, List.of(SERVICE_TIME)))))
                .containsExactly("regionCode: region-unknown");
        assertThat(Refusals.of(() -> register(new NewInnovation("32.73", "1.02.0.00.0.00.01.0000", null, "t", "p", "i",
                InnovationForm.LAINNYA, null, START, null, Period.ofMonths(6), null, null, List.of(SERVICE_TIME)))))
                .containsExactly("opdCode: opd-unknown");
    }

    @Test
    void betweenOneAndTheConfiguredNumberOfIndicators() {
        assertThat(Refusals.of(() -> register(ptsp(null, Period.ofMonths(6), List.of()))))
                .containsExactly("indicators: indicators-required");
        assertThat(Refusals.of(() -> register(ptsp(null, Period.ofMonths(6), null))))
                .containsExactly("indicators: indicators-required");
        List<NewIndicator> four = List.of(named("a"), named("b"), named("c"), named("d"));
        assertThat(Refusals.of(() -> register(ptsp(null, Period.ofMonths(6), four))))
                .containsExactly("indicators: indicators-too-many");
    }

    @Test
    void indicatorsAreNamedOnceAndNeverNull() {
        List<NewIndicator> indicators = new ArrayList<>(List.of(named("Waktu layanan"), named("waktu layanan ")));
        indicators.add(null);

        assertThat(Refusals.of(() -> register(ptsp(null, Period.ofMonths(6), indicators))))
                .containsExactly("indicators[1].name: indicator-name-duplicate", "indicators[2]: required");
    }

    @Test
    void everyBrokenRuleIsListedAtOnceWithItsPath() {
        NewIndicator upwards = new NewIndicator("Waktu layanan", TREND, "hari", LOWER_IS_BETTER, BigDecimal.ONE,
                BigDecimal.TEN, LocalDate.of(2027, 1, 1), ReportingFrequency.MONTHLY);
        NewInnovation request = new NewInnovation("32.73", "9.99", null, " ", null, "x".repeat(2001), null, null, START,
                null, Period.ofMonths(6), null, null, List.of(SERVICE_TIME, upwards));

        assertThat(Refusals.of(() -> register(request))).containsExactlyInAnyOrder(
                "opdCode: opd-unknown", "title: required", "problem: required", "plannedInnovation: too-long",
                "form: required", "indicators[1].name: indicator-name-duplicate",
                "indicators[1].target: trend-target-above-baseline",
                "indicators[1].deadline: deadline-after-target-date");
    }

    @Test
    void withoutAStartDateNoTargetDateIsComputed() {
        NewInnovation request = new NewInnovation("32.73", PTSP, null, "t", "p", "i", InnovationForm.LAINNYA, null, null,
                null, Period.ofMonths(6), null, null, Collections.singletonList(SERVICE_TIME));

        assertThat(Refusals.of(() -> register(request))).containsExactly("startDate: required");
    }

    private static NewIndicator named(String name) {
        return new NewIndicator(name, TREND, "hari", LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.ONE, null,
                ReportingFrequency.MONTHLY);
    }

    @Test
    void supportingOpdsAreRegisteredInTheRegionNamedOnceAndNotTheResponsibleOne() {
        NewInnovation request = new NewInnovation("32.73", PTSP, Arrays.asList(PTSP, "9.99", null), "t", "p", "i",
                InnovationForm.LAINNYA, null, START, null, Period.ofMonths(6), null, null, List.of(SERVICE_TIME));

        assertThat(Refusals.of(() -> register(request))).containsExactly(
                "supportingOpdCodes[0]: supporting-opd-responsible", "supportingOpdCodes[1]: opd-unknown",
                "supportingOpdCodes[2]: required");
    }

    @Test
    void theProfileIsKeptStrippedWithItsPartners() {
        InnovationProfile profile = new InnovationProfile(true, InitiatorType.OPD, " Dinas PTSP ", "Penanaman modal",
                "Perizinan", " Ringkasan ", " ", null, null, BudgetSource.APBD,
                List.of(new Collaborator(CollaboratorKind.AKADEMISI, " Universitas Padjadjaran ")));
        NewInnovation request = new NewInnovation("32.73", PTSP, null, "t", "p", "i", InnovationForm.LAINNYA,
                profile, START, null, Period.ofMonths(6), null, null, List.of(SERVICE_TIME));

        assertThat(register(request).profile()).isEqualTo(new InnovationProfile(true, InitiatorType.OPD, "Dinas PTSP",
                "Penanaman modal", "Perizinan", "Ringkasan", null, null, null, BudgetSource.APBD,
                List.of(new Collaborator(CollaboratorKind.AKADEMISI, "Universitas Padjadjaran"))));
    }

    @Test
    void aPartnerNeedsAKindAndANameAndTextsAreBounded() {
        InnovationProfile profile = new InnovationProfile(null, null, null, null, null, "x".repeat(4001), null, null,
                null, null, Arrays.asList(new Collaborator(null, " "), null));
        NewInnovation request = new NewInnovation("32.73", PTSP, null, "t", "p", "i", InnovationForm.LAINNYA,
                profile, START, null, Period.ofMonths(6), null, null, List.of(SERVICE_TIME));

        assertThat(Refusals.of(() -> register(request))).containsExactly("profile.summary: too-long",
                "profile.collaborators[0].kind: required", "profile.collaborators[0].name: required",
                "profile.collaborators[1]: required");
    }

    @Test
    void aTrialStartsAfterTheStartAndImplementationFollowsTheTrial() {
        NewInnovation early = new NewInnovation("32.73", PTSP, null, "t", "p", "i", InnovationForm.LAINNYA, null,
                START, null, Period.ofMonths(6), START.minusDays(1), null, List.of(SERVICE_TIME));
        NewInnovation noTrial = new NewInnovation("32.73", PTSP, null, "t", "p", "i", InnovationForm.LAINNYA, null,
                START, null, Period.ofMonths(6), null, START.plusMonths(2), List.of(SERVICE_TIME));
        NewInnovation backwards = new NewInnovation("32.73", PTSP, null, "t", "p", "i", InnovationForm.LAINNYA, null,
                START, null, Period.ofMonths(6), START.plusMonths(2), START.plusMonths(1), List.of(SERVICE_TIME));

        assertThat(Refusals.of(() -> register(early))).containsExactly("trialStartDate: trial-before-start");
        assertThat(Refusals.of(() -> register(noTrial))).containsExactly(
                "implementationDate: implementation-without-trial");
        assertThat(Refusals.of(() -> register(backwards))).containsExactly(
                "implementationDate: implementation-before-trial");
    }

    @Test
    void anUpdateReplacesOnlyTheFieldsGivenOneVersionOn() {
        Innovation registered = register(ptsp(null, Period.ofMonths(6), List.of(SERVICE_TIME)));
        Instant later = NOW.plusSeconds(60);

        Innovation updated = InnovationRules.update(registered, new InnovationPatch(" Perizinan daring ", null, null,
                InnovationForm.TATA_KELOLA, null, null, null, null, null), DIRECTORY, SETTINGS, later);

        assertThat(updated.title()).isEqualTo("Perizinan daring");
        assertThat(updated.problem()).isEqualTo(registered.problem());
        assertThat(updated.form()).isEqualTo(InnovationForm.TATA_KELOLA);
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.updatedAt()).isEqualTo(later);
        assertThat(updated.outbox()).isEmpty();
    }

    @Test
    void anUpdatedTargetDateStaysAfterTheStartAndAtOrAfterEveryIndicatorDeadline() {
        Innovation registered = register(ptsp(null, Period.ofMonths(6), List.of(SERVICE_TIME)));

        assertThat(Refusals.of(() -> InnovationRules.update(registered, targetDate(LocalDate.of(2026, 5, 31)),
                DIRECTORY, SETTINGS, NOW))).containsExactly("targetDate: target-date-before-deadline");
        assertThat(Refusals.of(() -> InnovationRules.update(registered, targetDate(START), DIRECTORY, SETTINGS, NOW)))
                .containsExactly("targetDate: target-time-not-after-start");
        assertThat(InnovationRules.update(registered, targetDate(LocalDate.of(2026, 12, 31)), DIRECTORY, SETTINGS,
                NOW).targetDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void anUpdateRefusesBlankRequiredTexts() {
        Innovation registered = register(ptsp(null, Period.ofMonths(6), List.of(SERVICE_TIME)));

        assertThat(Refusals.of(() -> InnovationRules.update(registered, new InnovationPatch(" ", " ", null, null,
                null, null, null, null, null), DIRECTORY, SETTINGS, NOW)))
                .containsExactly("title: required", "problem: required");
    }

    private static InnovationPatch targetDate(LocalDate date) {
        return new InnovationPatch(null, null, null, null, null, null, date, null, null);
    }
}
