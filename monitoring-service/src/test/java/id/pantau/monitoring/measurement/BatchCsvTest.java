package id.pantau.monitoring.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.pantau.defaults.problem.ApiProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchCsvTest {

    @Test
    void rowsAreNumberedFromOneInTheOrderOfTheHeadersColumns() {
        List<BatchRow> rows = BatchCsv.read("""
                period,value,indicatorId,innovationId,note,evidenceUrl
                2026-01,10,ind-1,inn-1,"Rata-rata, Januari",https://bukti.go.id/1.pdf
                2026-02,9.5,ind-1,inn-1,,
                """);

        assertThat(rows).containsExactly(
                new BatchRow(1, "inn-1", "ind-1", "2026-01", "10", "Rata-rata, Januari", "https://bukti.go.id/1.pdf",
                        null, null),
                new BatchRow(2, "inn-1", "ind-1", "2026-02", "9.5", null, null, null, null));
    }

    @Test
    void aSpreadsheetsSemicolonsByteOrderMarkAndDecimalCommaAreRead() {
        List<BatchRow> rows = BatchCsv.read("\uFEFFinnovationId;indicatorId;period;value;measuredAt\r\n"
                + "inn-1;ind-1;2026-03;7,5;2026-03-31T10:00:00+07:00\r\n\r\n");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.value()).isEqualTo("7,5");
            assertThat(row.measuredAt()).isEqualTo("2026-03-31T10:00:00+07:00");
        });
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsRefusesTheWholeBatch() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class,
                () -> BatchCsv.read("indicatorId,nilai\nind-1,10\n"));

        assertThat(problem.status().value()).isEqualTo(400);
        assertThat(problem.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.message().getCodes()[0]).isEqualTo("batch-csv-columns");
            assertThat(violation.message().getArguments()).containsExactly("innovationId, period, value");
        });
    }
}
