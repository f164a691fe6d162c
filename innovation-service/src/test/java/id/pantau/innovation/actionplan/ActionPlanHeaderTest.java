package id.pantau.innovation.actionplan;

import id.pantau.defaults.problem.ApiProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ActionPlanHeaderTest {

    private static final SheetTable.Row ROW = new SheetTable.Row(2, List.of("1", "a", "b", "c", "d", "e", "f"));

    @Test
    void headersMatchIgnoringCaseSpacingMarksAndNotes() {
        ActionPlanHeader header = ActionPlanHeader.of(List.of("\uFEFFNO", " permasalahan* ",
                "Inovasi  yang\u00a0Direncanakan", "OPD Penanggung Jawab (kode SIPD)", "Target Waktu (bulan)",
                "indikator keberhasilan", "Catatan"));

        assertThat(header.cell(ROW, ActionPlanColumn.OPD)).isEqualTo("c");
        assertThat(header.cell(ROW, ActionPlanColumn.TARGET_TIME)).isEqualTo("d");
        assertThat(header.cell(ROW, ActionPlanColumn.TARGET)).isEmpty();
        assertThat(header.ignored()).containsExactly("Catatan");
    }

    @Test
    void everyMissingRequiredColumnIsNamed() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class,
                () -> ActionPlanHeader.of(List.of("No", "Permasalahan", "Target")));

        assertThat(problem.code()).isEqualTo("import-columns-missing");
        assertThat(problem.args()).containsExactly("Inovasi yang Direncanakan, OPD Penanggung Jawab, Target Waktu,"
                + " Indikator Keberhasilan");
    }

    @Test
    void aColumnGivenTwiceIsRefused() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> ActionPlanHeader.of(List.of("No",
                "Permasalahan", "Masalah", "Inovasi yang Direncanakan", "OPD", "Target Waktu", "Indikator")));

        assertThat(problem.code()).isEqualTo("import-column-twice");
    }
}
