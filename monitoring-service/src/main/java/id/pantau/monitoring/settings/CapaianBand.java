package id.pantau.monitoring.settings;

/** The band of a capaian as performance reports name it (DOMAIN.md): very high down to very low. */
public enum CapaianBand {
    SANGAT_TINGGI, TINGGI, SEDANG, RENDAH, SANGAT_RENDAH
}
