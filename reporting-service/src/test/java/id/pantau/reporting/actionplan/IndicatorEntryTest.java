package id.pantau.reporting.actionplan;

import id.pantau.events.Aggregation;
import id.pantau.reporting.ReportingSettings;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorEntryTest {

    static final ReportingSettings KUNJUNGAN_SUMMED = new ReportingSettings(null, List.of("kunjungan"), null, 10);

    @Test
    void theAggregationTheDefinitionNamesWinsOverTheUnitsSetting() {
        assertThat(entry("kunjungan", Aggregation.LAST).aggregation(KUNJUNGAN_SUMMED))
                .isEqualTo(id.pantau.reporting.period.Aggregation.LAST);
        assertThat(entry("persen", Aggregation.SUM).aggregation(KUNJUNGAN_SUMMED))
                .isEqualTo(id.pantau.reporting.period.Aggregation.SUM);
    }

    @Test
    void aDefinitionFromBeforeTheEventsNamedItsAggregationFallsBackOnTheUnit() {
        assertThat(entry("kunjungan", null).aggregation(KUNJUNGAN_SUMMED))
                .isEqualTo(id.pantau.reporting.period.Aggregation.SUM);
        assertThat(entry("persen", null).aggregation(KUNJUNGAN_SUMMED))
                .isEqualTo(id.pantau.reporting.period.Aggregation.LAST);
    }

    private static IndicatorEntry entry(String unit, Aggregation aggregation) {
        return new IndicatorEntry("i", 0, "Indikator", null, unit, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, aggregation, null);
    }
}
