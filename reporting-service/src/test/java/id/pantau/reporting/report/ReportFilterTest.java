package id.pantau.reporting.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFilterTest {

    @Test
    void theDrillDownFiltersAreOptionalAndForgiveSurroundingSpaces() {
        ReportFilter filter = ReportFilter.of(" 32.73 ", " opd ", " inovasi ", " indikator ", "2026-Q1");

        assertThat(filter.region().value()).isEqualTo("32.73");
        assertThat(filter.opdCode()).isEqualTo("opd");
        assertThat(filter.innovationId()).isEqualTo("inovasi");
        assertThat(filter.indicatorId()).isEqualTo("indikator");
        assertThat(ReportFilter.of("32", "", " ", null, null))
                .extracting(ReportFilter::opdCode, ReportFilter::innovationId, ReportFilter::indicatorId)
                .containsOnlyNulls();
    }

    @Test
    void theFileNameNamesEveryFilterGivenInDrillDownOrder() {
        assertThat(ReportFilter.of("32.73", "opd", "inovasi", "indikator", "2026-Q1").fileName("rekap"))
                .isEqualTo("rekap-32.73-opd-inovasi-indikator-2026-Q1");
        assertThat(ReportFilter.of("32", null, "inovasi", null, null).fileName("rekap")).isEqualTo("rekap-32-inovasi");
    }

    @Test
    void aReportOfWholeInnovationsDropsOnlyTheIndicator() {
        ReportFilter whole = ReportFilter.of("32.73", "opd", "inovasi", "indikator", "2026").wholeInnovations();

        assertThat(whole.indicatorId()).isNull();
        assertThat(whole.innovationId()).isEqualTo("inovasi");
        assertThat(whole.opdCode()).isEqualTo("opd");
        assertThat(whole.period().code()).isEqualTo("2026");
    }
}
