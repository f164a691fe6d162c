package id.pantau.innovation.opd;

/**
 * The kind of a regional work unit: a dinas (service), badan (agency), the inspectorate, a secretariat
 * (Sekretariat Daerah or DPRD), a kecamatan (district), a UPTD (technical unit of a dinas or badan), a regional
 * hospital, or another unit.
 */
public enum OpdKind {
    DINAS,
    BADAN,
    INSPEKTORAT,
    SEKRETARIAT,
    KECAMATAN,
    UPTD,
    RSUD,
    OTHER
}
