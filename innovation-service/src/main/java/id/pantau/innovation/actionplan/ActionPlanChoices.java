package id.pantau.innovation.actionplan;

import id.pantau.events.AchievementFormula;
import id.pantau.events.Aggregation;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import java.util.Locale;
import java.util.Optional;

/**
 * The words an action plan uses for the register's choices, in Indonesian as people write them ("Triwulanan",
 * "Makin rendah makin baik", "Tata kelola") or as the API's own values (QUARTERLY, LOWER_IS_BETTER), ignoring
 * case. Each answers empty for a word it does not know.
 */
final class ActionPlanChoices {

    private ActionPlanChoices() {
    }

    static Optional<IndicatorKind> kind(String text) {
        String word = normal(text);
        return switch (word) {
            case "tren", "trend" -> Optional.of(IndicatorKind.TREND);
            case "batas", "ambang", "ambang batas", "bound" -> Optional.of(IndicatorKind.BOUND);
            case "tonggak", "tahapan", "milestone" -> Optional.of(IndicatorKind.MILESTONE);
            default -> Optional.empty();
        };
    }

    static Optional<Polarity> polarity(String text) {
        String word = normal(text);
        if (word.equals("higher is better") || word.equals("naik") || word.equals("positif")
                || word.contains("tinggi")) {
            return Optional.of(Polarity.HIGHER_IS_BETTER);
        }
        if (word.equals("lower is better") || word.equals("turun") || word.equals("negatif")
                || word.contains("rendah")) {
            return Optional.of(Polarity.LOWER_IS_BETTER);
        }
        return Optional.empty();
    }

    static Optional<ReportingFrequency> frequency(String text) {
        return switch (normal(text)) {
            case "bulanan", "per bulan", "setiap bulan", "monthly" -> Optional.of(ReportingFrequency.MONTHLY);
            case "triwulanan", "triwulan", "per triwulan", "kuartalan", "quarterly" ->
                    Optional.of(ReportingFrequency.QUARTERLY);
            case "semesteran", "semester", "per semester", "enam bulanan" -> Optional.of(ReportingFrequency.SEMESTER);
            case "tahunan", "per tahun", "setiap tahun", "yearly", "annual" -> Optional.of(ReportingFrequency.YEARLY);
            default -> Optional.empty();
        };
    }

    static Optional<InnovationForm> form(String text) {
        String word = normal(text);
        if (word.contains("tata kelola")) {
            return Optional.of(InnovationForm.TATA_KELOLA);
        }
        if (word.contains("pelayanan publik")) {
            return Optional.of(InnovationForm.PELAYANAN_PUBLIK);
        }
        if (word.equals("lainnya") || word.startsWith("bentuk lain") || word.startsWith("inovasi daerah lainnya")) {
            return Optional.of(InnovationForm.LAINNYA);
        }
        return Optional.empty();
    }

    static Optional<Aggregation> aggregation(String text) {
        return switch (normal(text)) {
            case "jumlah", "dijumlahkan", "kumulatif", "akumulasi", "sum" -> Optional.of(Aggregation.SUM);
            case "terakhir", "nilai terakhir", "last" -> Optional.of(Aggregation.LAST);
            default -> Optional.empty();
        };
    }

    static Optional<AchievementFormula> achievementFormula(String text) {
        String word = normal(text).replace(" ", "").replace("−", "-");
        return switch (word) {
            case "permenpanrb", "(2e-a)/e", "2e-a/e" -> Optional.of(AchievementFormula.PERMENPANRB);
            case "inverseratio", "e/a", "rasioterbalik" -> Optional.of(AchievementFormula.INVERSE_RATIO);
            default -> Optional.empty();
        };
    }

    static Optional<Boolean> yesNo(String text) {
        return switch (normal(text)) {
            case "ya", "y", "wajib", "yes", "true" -> Optional.of(true);
            case "tidak", "t", "tidak wajib", "no", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replace('_', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
