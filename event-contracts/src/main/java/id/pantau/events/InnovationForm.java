package id.pantau.events;

/** Bentuk inovasi daerah (PP 38/2017). */
public enum InnovationForm {
    TATA_KELOLA,
    PELAYANAN_PUBLIK,
    LAINNYA
}
