package id.pantau.monitoring.indicator;

import static id.pantau.monitoring.IndicatorFixtures.serviceTime;
import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.Aggregation;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    @Test
    void aPeriodEndingBeforeARevisionKeepsTheTargetAndDeadlineOfItsTime() {
        // 5 days by June, revised on 15 April to 4 days by September, then on 10 July to 3.5 days
        Indicator revised = revised(serviceTime(),
                new TargetRevision(LocalDate.of(2026, 4, 15), new BigDecimal("5"), new BigDecimal("4"),
                        LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30), "Revisi", Instant.EPOCH),
                new TargetRevision(LocalDate.of(2026, 7, 10), new BigDecimal("4"), new BigDecimal("3.5"),
                        null, null, "Revisi kedua", Instant.EPOCH));

        Indicator march = revised.inForceOn(LocalDate.of(2026, 3, 31));
        Indicator april = revised.inForceOn(LocalDate.of(2026, 4, 30));
        Indicator july = revised.inForceOn(LocalDate.of(2026, 7, 31));

        assertThat(march.target()).isEqualByComparingTo("5");
        assertThat(march.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(april.target()).isEqualByComparingTo("4");
        assertThat(april.deadline()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(july).isSameAs(revised);
        assertThat(july.target()).isEqualByComparingTo("3.5");
    }

    @Test
    void keepsTheDefinitionsAggregationAndReadsAnOlderOneAsALastValue() {
        IndicatorDefinition flow = new IndicatorDefinition("ind-flow", "Pengguna layanan daring", IndicatorKind.TREND,
                "pengguna", Polarity.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("1200"),
                LocalDate.of(2026, 12, 31), ReportingFrequency.MONTHLY, Aggregation.SUM, null, List.of(), null);
        IndicatorDefinition older = new IndicatorDefinition("ind-old", "Kepuasan", IndicatorKind.TREND, "%",
                Polarity.HIGHER_IS_BETTER, new BigDecimal("60"), new BigDecimal("80"), LocalDate.of(2026, 12, 31),
                ReportingFrequency.QUARTERLY);
        InnovationRegistered registered = new InnovationRegistered("inn-4", "32.73", "opd", "Disdukcapil",
                "Layanan adminduk daring", null, null, null, InnovationStage.PENERAPAN, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), List.of(flow, older), Instant.EPOCH);

        Indicator summed = Indicator.of(registered, flow, Instant.EPOCH);
        Indicator last = Indicator.of(registered, older, Instant.EPOCH);
        Indicator added = Indicator.added("inn-4", "32.73", "opd", flow, LocalDate.of(2026, 4, 10), summed,
                Instant.EPOCH);

        assertThat(summed.aggregationOrDefault()).isEqualTo(Aggregation.SUM);
        assertThat(summed.isJudgedCumulatively()).isTrue();
        assertThat(summed.inForceOn(LocalDate.of(2026, 3, 31)).aggregationOrDefault()).isEqualTo(Aggregation.SUM);
        assertThat(added.aggregationOrDefault()).isEqualTo(Aggregation.SUM);
        assertThat(last.aggregation()).isNull();
        assertThat(last.aggregationOrDefault()).isEqualTo(Aggregation.LAST);
        assertThat(last.isJudgedCumulatively()).isFalse();
    }

    @Test
    void anIndicatorAddedLaterStartsOnTheDayItWasAdded() {
        IndicatorDefinition definition = new IndicatorDefinition("ind-new", "Kepuasan", IndicatorKind.TREND, "%",
                Polarity.HIGHER_IS_BETTER, new BigDecimal("60"), new BigDecimal("80"), LocalDate.of(2026, 12, 31),
                ReportingFrequency.QUARTERLY);

        Indicator addedMidway = Indicator.added("inn-1", "32.73", "opd", definition, LocalDate.of(2026, 4, 10),
                serviceTime(), Instant.EPOCH);
        Indicator addedBeforeTheStart = Indicator.added("inn-1", "32.73", "opd", definition,
                LocalDate.of(2025, 12, 1), serviceTime(), Instant.EPOCH);
        Indicator withoutSibling = Indicator.added("inn-1", "32.73", "opd", definition, LocalDate.of(2026, 4, 10),
                null, Instant.EPOCH);

        assertThat(addedMidway.startDate()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(addedMidway.innovationTitle()).isEqualTo(serviceTime().innovationTitle());
        assertThat(addedBeforeTheStart.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(withoutSibling.startDate()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(withoutSibling.isRetired()).isFalse();
    }

    @Test
    void aDurationIsASpanOfTimeInIndonesianOrEnglish() {
        assertThat(serviceTime().isDuration()).isTrue();
        assertThat(withUnit("Jam").isDuration()).isTrue();
        assertThat(withUnit("days").isDuration()).isTrue();
        assertThat(withUnit("%").isDuration()).isFalse();
        assertThat(withUnit("dokumen").isDuration()).isFalse();
    }

    private static Indicator withUnit(String unit) {
        Indicator i = serviceTime();
        return new Indicator(i.indicatorId(), i.innovationId(), i.regionCode(), i.opdCode(), i.opdName(),
                i.innovationTitle(), i.startDate(), i.name(), i.kind(), unit, i.polarity(), i.baseline(), i.target(),
                i.deadline(), i.frequency(), i.updatedAt());
    }

    /** The indicator as the projection leaves it after these revisions: the latest values in force. */
    private static Indicator revised(Indicator i, TargetRevision... revisions) {
        TargetRevision last = revisions[revisions.length - 1];
        return new Indicator(i.indicatorId(), i.innovationId(), i.regionCode(), i.opdCode(), i.opdName(),
                i.innovationTitle(), i.startDate(), i.name(), i.kind(), i.unit(), i.polarity(), i.baseline(),
                last.newTarget(), LocalDate.of(2026, 9, 30), i.frequency(), i.updatedAt(), List.of(revisions), null,
                null);
    }

    @Test
    void aDiscontinuedOrArchivedInnovationClosesItsIndicatorsAndOtherStagesDoNot() {
        for (InnovationStage stage : InnovationStage.values()) {
            Indicator indicator = atStage(stage);
            boolean closing = stage == InnovationStage.DIHENTIKAN || stage == InnovationStage.DIARSIPKAN;
            assertThat(indicator.isClosed()).as(stage.name()).isEqualTo(closing);
            assertThat(indicator.inForceOn(LocalDate.of(2026, 3, 31)).isClosed()).as(stage.name()).isEqualTo(closing);
        }
        assertThat(serviceTime().isClosed()).as("stage not known: stored before stages were kept").isFalse();
    }

    private static Indicator atStage(InnovationStage stage) {
        Indicator i = serviceTime();
        return new Indicator(i.indicatorId(), i.innovationId(), i.regionCode(), i.opdCode(), i.opdName(),
                i.innovationTitle(), i.startDate(), i.name(), i.kind(), i.unit(), i.polarity(), i.baseline(), i.target(),
                i.deadline(), i.frequency(), i.updatedAt(), List.of(new TargetRevision(LocalDate.of(2026, 4, 15),
                new BigDecimal("5"), new BigDecimal("4"), null, null, "Revisi", Instant.EPOCH)), null, null, stage, null,
                List.of(), null, null);
    }
}
