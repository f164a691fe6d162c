package id.pantau.events;

/**
 * Tahapan inovasi as the Indeks Inovasi Daerah counts it, plus discontinued (dihentikan) and archived (diarsipkan:
 * kept for the record, out of the active portfolio, no longer changed).
 */
public enum InnovationStage {
    INISIATIF,
    UJI_COBA,
    PENERAPAN,
    DIHENTIKAN,
    DIARSIPKAN
}
