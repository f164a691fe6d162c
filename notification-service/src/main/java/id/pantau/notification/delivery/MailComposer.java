package id.pantau.notification.delivery;

import id.pantau.events.Severity;
import id.pantau.notification.alert.Alert;
import id.pantau.events.AlertRule;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.innovation.InnovationLabel;
import java.math.BigDecimal;
import java.net.URI;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the email of a notice in Indonesian, the language of the formal record. It names only the
 * innovation, indicator, OPD and region, the figures and the status, and links to the dashboard: no personal
 * data (no submitter, no recipient name).
 */
public final class MailComposer {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH.mm", INDONESIAN);
    private static final Map<String, String> ZONE_NAMES = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");
    private static final Map<AlertRule, String> RULES = Map.of(
            AlertRule.BEHIND_TRAJECTORY,
            "kemajuan indikator tertinggal dari lintasan yang diharapkan melebihi toleransi daerah",
            AlertRule.DEADLINE_MISSED, "batas waktu target telah lewat dan target belum tercapai",
            AlertRule.BOUND_BREACHED, "nilai indikator melanggar batas yang harus dipenuhi setiap periode",
            AlertRule.REPORT_OVERDUE, "realisasi periode ini belum dilaporkan sampai batas waktu pelaporan",
            AlertRule.FORECAST_MISS, "tren realisasi memproyeksikan target tidak tercapai pada batas waktunya");

    private static final Map<Integer, String> LEVELS = Map.of(
            1, "kepala OPD", 2, "inspektorat kabupaten/kota", 3, "inspektorat provinsi");

    private final URI dashboardUrl;
    private final ZoneId zone;

    public MailComposer(URI dashboardUrl, ZoneId zone) {
        this.dashboardUrl = dashboardUrl;
        this.zone = zone;
    }

    /**
     * @param label       the innovation's labels, or null when its registration has not arrived (yet)
     * @param regionLabel the region as messages name it, e.g. "Kota Bandung 32.73"
     */
    public Message compose(Alert alert, Notice notice, InnovationLabel label, String regionLabel) {
        String indicator = firstKnown(alert.indicatorName(), label == null ? null : label.indicatorName(alert.indicatorId()),
                "indikator " + alert.indicatorId());
        String opd = firstKnown(label == null ? null : label.opdName(), alert.opdCode());
        String subject = "[Pantau Inovasi] " + headline(alert, notice) + ": " + indicator + " — " + opd
                + " (" + regionLabel + ")";

        StringBuilder body = new StringBuilder(opening(alert, notice)).append("\n\n");
        line(body, "Inovasi", label == null || label.title() == null ? "inovasi " + alert.innovationId() : label.title());
        line(body, "Indikator", indicator);
        line(body, "OPD", opd.equals(alert.opdCode()) ? opd : opd + " (" + alert.opdCode() + ")");
        line(body, "Wilayah", regionLabel);
        boolean forecast = alert.rule() == AlertRule.FORECAST_MISS;
        line(body, forecast ? "Batas waktu" : "Periode", alert.period());
        if (alert.recoveredIn() != null) {
            line(body, "Pulih pada", alert.recoveredIn());
        }
        if (alert.expected() != null) {
            line(body, forecast ? "Target" : "Seharusnya", number(alert.expected()));
        }
        if (alert.actual() != null) {
            line(body, forecast ? "Proyeksi" : "Realisasi", number(alert.actual()));
        }
        if (alert.progressRatio() != null) {
            line(body, "Kemajuan", number(alert.progressRatio().movePointRight(2)) + "% dari kemajuan yang diharapkan");
        }
        line(body, "Status", notice.kind() != Notice.Kind.RECOVERED ? severity(notice.severity())
                : alert.rule() == AlertRule.REPORT_OVERDUE ? "laporan diterima" : "kembali sesuai target");
        line(body, "Aturan", RULES.get(alert.rule()));
        line(body, "Kejadian", alert.occurrences() + " kali, terakhir " + when(notice));
        body.append("\nLihat dan tindak lanjuti: ").append(link(alert)).append("\n\n")
                .append("Pesan ini dikirim otomatis oleh Pantau Inovasi dan tidak memuat data pribadi.\n");
        return new Message(subject, body.toString());
    }

    /** A short nudge for chat: the subject line and the link, nothing else. */
    public Message nudge(Alert alert, Notice notice, InnovationLabel label, String regionLabel) {
        String subject = compose(alert, notice, label, regionLabel).subject();
        return new Message(subject, subject + "\n" + link(alert));
    }

    private static String headline(Alert alert, Notice notice) {
        return switch (notice.kind()) {
            case RAISED -> switch (alert.rule()) {
                case REPORT_OVERDUE -> "Laporan terlambat";
                case FORECAST_MISS -> "Proyeksi target tidak tercapai";
                default -> "Peringatan " + severity(notice.severity());
            };
            case SEVERITY_RAISED -> "Peringatan naik menjadi " + severity(notice.severity());
            case ESCALATED -> "Belum ditindaklanjuti, eskalasi level " + alert.level();
            case RECOVERED -> alert.rule() == AlertRule.REPORT_OVERDUE ? "Laporan diterima" : "Kembali sesuai target";
        };
    }

    private static String opening(Alert alert, Notice notice) {
        return switch (notice.kind()) {
            case RAISED -> switch (alert.rule()) {
                case REPORT_OVERDUE -> "Realisasi indikator inovasi daerah berikut belum dilaporkan sampai batas waktu.";
                case FORECAST_MISS -> "Indikator inovasi daerah berikut masih sesuai lintasan, tetapi trennya "
                        + "memproyeksikan target tidak tercapai pada batas waktu.";
                default -> "Indikator inovasi daerah berikut tidak sesuai target dan perlu ditindaklanjuti.";
            };
            case SEVERITY_RAISED -> "Peringatan untuk indikator inovasi daerah berikut naik menjadi "
                    + severity(notice.severity()) + ".";
            case ESCALATED -> "Peringatan berikut belum ditindaklanjuti dalam batas hari kerja dan dinaikkan ke level "
                    + alert.level() + " (" + LEVELS.get(alert.level()) + ").";
            case RECOVERED -> alert.rule() == AlertRule.REPORT_OVERDUE
                    ? "Realisasi indikator inovasi daerah berikut sudah dilaporkan; peringatannya ditutup otomatis."
                    : "Indikator inovasi daerah berikut kembali sesuai target; peringatannya ditutup otomatis.";
        };
    }

    static String severity(Severity severity) {
        return severity == Severity.RED ? "MERAH" : "KUNING";
    }

    /** Indonesian number format: 1.234,56. */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(INDONESIAN));
        return format.format(value);
    }

    private String when(Notice notice) {
        return WHEN.format(notice.at().atZone(zone)) + " " + ZONE_NAMES.getOrDefault(zone.getId(), zone.getId());
    }

    private String link(Alert alert) {
        String base = dashboardUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + "alerts/" + alert.id();
    }

    private static void line(StringBuilder body, String label, String value) {
        body.append(String.format("%-11s: %s", label, value)).append('\n');
    }

    private static String firstKnown(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}
