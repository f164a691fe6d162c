package id.pantau.events;

/** Tahapan inovasi as the Indeks Inovasi Daerah counts it, plus discontinued. */
public enum InnovationStage {
    INISIATIF,
    UJI_COBA,
    PENERAPAN,
    DIHENTIKAN
}
