package id.pantau.reporting.report;

import id.pantau.events.AlertRule;
import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorKind;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationStage;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;

/** The Indonesian words official reports use for the platform's enumerations; null stays empty. */
public final class Labels {

    private Labels() {
    }

    public static String of(InnovationStage stage) {
        return stage == null ? null : switch (stage) {
            case INISIATIF -> "Inisiatif";
            case UJI_COBA -> "Uji coba";
            case PENERAPAN -> "Penerapan";
            case DIHENTIKAN -> "Dihentikan";
            case DIARSIPKAN -> "Diarsipkan";
        };
    }

    public static String of(InnovationForm form) {
        return form == null ? null : switch (form) {
            case TATA_KELOLA -> "Tata kelola pemerintahan";
            case PELAYANAN_PUBLIK -> "Pelayanan publik";
            case LAINNYA -> "Lainnya sesuai urusan";
        };
    }

    public static String of(IndicatorKind kind) {
        return kind == null ? null : switch (kind) {
            case TREND -> "Tren";
            case BOUND -> "Batas";
            case MILESTONE -> "Tonggak";
        };
    }

    public static String of(IndicatorHealth health) {
        return health == null ? null : switch (health) {
            case ACHIEVED -> "Tercapai";
            case ON_TRACK -> "Sesuai rencana";
            case BEHIND -> "Tertinggal";
            case AT_RISK -> "Berisiko";
            case MISSED -> "Tidak tercapai";
            case NO_DATA -> "Belum ada data";
        };
    }

    public static String of(SlipRule rule) {
        return rule == null ? null : switch (rule) {
            case BEHIND_TRAJECTORY -> "Tertinggal dari lintasan";
            case DEADLINE_MISSED -> "Tenggat terlewati";
            case BOUND_BREACHED -> "Batas terlampaui";
        };
    }

    public static String of(AlertRule rule) {
        return rule == null ? null : switch (rule) {
            case BEHIND_TRAJECTORY, DEADLINE_MISSED, BOUND_BREACHED -> of(SlipRule.valueOf(rule.name()));
            case REPORT_OVERDUE -> "Laporan terlambat";
            case FORECAST_MISS -> "Proyeksi meleset";
        };
    }

    public static String of(Severity severity) {
        return severity == null ? null : switch (severity) {
            case AMBER -> "Kuning";
            case RED -> "Merah";
        };
    }
}
