package id.pantau.innovation.innovation;

/** The partners of an innovation beside the government itself (pentahelix). */
public enum CollaboratorKind {
    AKADEMISI,
    BISNIS,
    MASYARAKAT,
    MEDIA,
    PEMERINTAH_LAIN
}
