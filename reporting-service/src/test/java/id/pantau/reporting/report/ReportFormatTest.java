package id.pantau.reporting.report;

import id.pantau.defaults.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFormatTest {

    @Test
    void theFormatParameterWinsOverTheAcceptHeader() {
        assertThat(ReportFormat.resolve("XLSX", "application/pdf")).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.resolve(" csv ", null)).isEqualTo(ReportFormat.CSV);
    }

    @Test
    void withoutAParameterTheMostPreferredAcceptedTypeDecides() {
        assertThat(ReportFormat.resolve(null, "application/pdf")).isEqualTo(ReportFormat.PDF);
        assertThat(ReportFormat.resolve("", "text/csv;q=0.5, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.resolve(null, "text/html, text/csv;q=0.9, */*;q=0.8")).isEqualTo(ReportFormat.CSV);
    }

    @Test
    void noHeaderAWildcardOrOnlyUnknownTypesAreJson() {
        assertThat(ReportFormat.resolve(null, null)).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.resolve(null, "*/*")).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.resolve(null, "text/html")).isEqualTo(ReportFormat.JSON);
        assertThat(ReportFormat.resolve(null, "not a media type")).isEqualTo(ReportFormat.JSON);
    }

    @Test
    void anUnknownFormatParameterIsRefused() {
        assertThatThrownBy(() -> ReportFormat.resolve("docx", null)).isInstanceOf(ApiProblem.class);
    }
}
