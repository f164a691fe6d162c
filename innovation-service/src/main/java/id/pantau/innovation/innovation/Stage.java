package id.pantau.innovation.innovation;

import id.pantau.events.InnovationStage;

/**
 * Tahapan of an innovation in this register: the three stages the Indeks Inovasi Daerah counts (inisiatif, uji
 * coba, penerapan), discontinued (dihentikan), and archived (diarsipkan: kept for the record, out of the active
 * portfolio, no longer changed). Events name only the first four: {@link #announced()} is empty for an archive.
 */
public enum Stage {
    INISIATIF(InnovationStage.INISIATIF),
    UJI_COBA(InnovationStage.UJI_COBA),
    PENERAPAN(InnovationStage.PENERAPAN),
    DIHENTIKAN(InnovationStage.DIHENTIKAN),
    DIARSIPKAN(null);

    private final InnovationStage announced;

    Stage(InnovationStage announced) {
        this.announced = announced;
    }

    /** The stage as events carry it; null for an archived innovation, which events cannot name yet. */
    public InnovationStage announced() {
        return announced;
    }
}
