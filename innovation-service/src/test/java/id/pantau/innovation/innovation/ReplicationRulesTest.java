package id.pantau.innovation.innovation;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.innovation.Refusals;
import id.pantau.innovation.indicator.EvidenceLink;
import id.pantau.innovation.indicator.Indicator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplicationRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final Indicator SERVICE_TIME = new Indicator("i-1", "Waktu layanan", IndicatorKind.TREND, "hari",
            Polarity.LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.valueOf(5), LocalDate.of(2026, 6, 30),
            ReportingFrequency.MONTHLY, null, null, null, null, null, null, null, null, false);
    private static final Indicator RETIRED = new Indicator("i-2", "Antrean", IndicatorKind.TREND, "orang",
            Polarity.LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.ONE, LocalDate.of(2026, 6, 30),
            ReportingFrequency.MONTHLY, null, NOW, "s", "Diganti", null, null, null, null, false);

    private static Innovation original(List<Replication> replications) {
        return new Innovation("inn-1", "32.73", PTSP, "Dinas PTSP", List.of(), "Perizinan online", "Layanan lambat",
                "Aplikasi layanan online", InnovationForm.PELAYANAN_PUBLIK, null, InnovationStage.PENERAPAN,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, null, List.of(SERVICE_TIME, RETIRED),
                List.of(), null, replications, List.of(), NOW, NOW, 3, List.of());
    }

    private static ReplicationRequest request(String region, String opd, LocalDate date, List<EvidenceLink> documents) {
        return new ReplicationRequest(region, opd, date, null, null, null, documents);
    }

    @Test
    void theReplicaStartsOnTheReplicationDateForAsLongAsTheOriginalWithTheIndicatorsInUse() {
        NewInnovation row = ReplicationRules.replicaRow(original(List.of()),
                request("32.04", PTSP, LocalDate.of(2026, 9, 1), null));

        assertThat(row.regionCode()).isEqualTo("32.04");
        assertThat(row.startDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(row.targetDuration()).isEqualTo(Period.ofMonths(6));
        assertThat(TargetTime.targetDate(row.startDate(), row.targetDuration())).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(row.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.name()).isEqualTo("Waktu layanan");
            assertThat(indicator.deadline()).as("the replica's target date").isNull();
        });
    }

    @Test
    void itsOwnOpdDoesNotReplicateItAndTheDateFollowsTheOriginalsStart() {
        assertThat(Refusals.of(() -> ReplicationRules.check(original(List.of()),
                request("32.73", PTSP, LocalDate.of(2025, 12, 31), null)))).containsExactly(
                "opdCode: replication-same-opd", "date: replication-before-origin");
        assertThat(Refusals.of(() -> ReplicationRules.check(original(List.of()), request("32.04", PTSP, null, null))))
                .containsExactly("date: required");
    }

    @Test
    void documentsAreTitledWebLinks() {
        List<EvidenceLink> documents = List.of(new EvidenceLink("SK Bupati", "https://jdih.bandungkab.go.id/sk.pdf",
                "SK", LocalDate.of(2026, 8, 1)), new EvidenceLink(" ", "file:///c:/sk.pdf", null, null));

        assertThat(Refusals.of(() -> ReplicationRules.check(original(List.of()),
                request("32.04", PTSP, LocalDate.of(2026, 9, 1), documents)))).containsExactly(
                "documents[1].title: required", "documents[1].url: evidence-url");
    }

    @Test
    void anOpdReplicatesAnInnovationOnceAndOtherRegionsAreCounted() {
        Replication kabupaten = new Replication("r-1", "32.04", PTSP, LocalDate.of(2026, 9, 1), List.of(), "s", NOW);
        Replication ownRegion = new Replication("r-2", "32.73", "1.02.0.00.0.00.01.0000", LocalDate.of(2026, 9, 1),
                List.of(), "s", NOW);
        Replication kabupatenAgain = new Replication("r-3", "32.04", "1.02.0.00.0.00.01.0000",
                LocalDate.of(2026, 9, 1), List.of(), "s", NOW);
        Innovation replicated = original(List.of(kabupaten, ownRegion, kabupatenAgain));

        assertThatThrownBy(() -> ReplicationRules.check(replicated, request("32.04", PTSP, LocalDate.of(2026, 9, 2),
                null))).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.code()).isEqualTo("replication-exists"));
        assertThat(replicated.replicatedRegionCount()).isEqualTo(1);
    }
}
