package id.pantau.innovation.innovation;

/** Who proposed the innovation (inisiator), as the Indeks Inovasi Daerah asks it. */
public enum InitiatorType {
    KEPALA_DAERAH,
    ANGGOTA_DPRD,
    OPD,
    ASN,
    MASYARAKAT
}
