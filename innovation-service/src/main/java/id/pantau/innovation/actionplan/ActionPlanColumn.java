package id.pantau.innovation.actionplan;

import java.util.List;
import java.util.Locale;

/**
 * The columns of an action-plan table. The first six are the table every rencana aksi has and must be there;
 * the others fill what the register needs beyond it and may be left out. The first header of each is the one
 * the template uses; the others are accepted too. Headers match ignoring case, spacing, a trailing "*" and a
 * note in parentheses ("Target Waktu (bulan)").
 */
public enum ActionPlanColumn {

    NO(true, "No", "Nomor", "No."),
    PROBLEM(true, "Permasalahan", "Masalah"),
    PLANNED_INNOVATION(true, "Inovasi yang Direncanakan", "Rencana Inovasi", "Inovasi"),
    OPD(true, "OPD Penanggung Jawab", "Penanggung Jawab", "OPD"),
    TARGET_TIME(true, "Target Waktu", "Waktu"),
    INDICATOR(true, "Indikator Keberhasilan", "Indikator"),
    TITLE(false, "Judul Inovasi", "Judul", "Nama Inovasi"),
    FORM(false, "Bentuk Inovasi", "Bentuk"),
    START_DATE(false, "Tanggal Mulai", "Mulai"),
    SUPPORTING_OPDS(false, "OPD Pendukung"),
    KIND(false, "Jenis Indikator"),
    UNIT(false, "Satuan"),
    POLARITY(false, "Polaritas", "Arah Indikator"),
    BASELINE(false, "Kondisi Awal", "Baseline", "Nilai Awal"),
    TARGET(false, "Target", "Target Indikator", "Nilai Target", "Kondisi Akhir"),
    DEADLINE(false, "Batas Waktu Indikator", "Tenggat Indikator"),
    FREQUENCY(false, "Frekuensi", "Frekuensi Pelaporan"),
    AGGREGATION(false, "Agregasi"),
    ACHIEVEMENT_FORMULA(false, "Rumus Capaian"),
    EVIDENCE_REQUIRED(false, "Wajib Bukti", "Wajib Bukti Dukung");

    private final boolean required;
    private final List<String> headers;

    ActionPlanColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean required() {
        return required;
    }

    /** The header the template writes. */
    public String header() {
        return headers.get(0);
    }

    boolean matches(String header) {
        String normal = normal(header);
        return headers.stream().anyMatch(alias -> normal(alias).equals(normal));
    }

    /** Lower case, single spaces, without a trailing "*" or note in parentheses, without a byte-order mark. */
    static String normal(String header) {
        String text = header == null ? "" : header.replace("\uFEFF", "").replace('\u00a0', ' ');
        text = text.replaceAll("\\(.*?\\)", " ").replace("*", " ");
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
