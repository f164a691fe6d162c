package id.pantau.innovation.innovation;

import id.pantau.events.InnovationStage;

/**
 * Tahapan of an innovation in this register: the three stages the Indeks Inovasi Daerah counts (inisiatif, uji
 * coba, penerapan), discontinued (dihentikan), and archived (diarsipkan: kept for the record, out of the active
 * portfolio, no longer changed).
 */
public enum Stage {
    INISIATIF(InnovationStage.INISIATIF),
    UJI_COBA(InnovationStage.UJI_COBA),
    PENERAPAN(InnovationStage.PENERAPAN),
    DIHENTIKAN(InnovationStage.DIHENTIKAN),
    DIARSIPKAN(InnovationStage.DIARSIPKAN);

    private final InnovationStage announced;

    Stage(InnovationStage announced) {
        this.announced = announced;
    }

    /** The stage as events carry it. */
    public InnovationStage announced() {
        return announced;
    }
}
