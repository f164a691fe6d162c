package id.pantau.innovation.innovation;

/** Where the innovation's money comes from (sumber anggaran). */
public enum BudgetSource {
    APBD,
    APBN,
    APBDES,
    HIBAH,
    SWASTA,
    TANPA_ANGGARAN,
    LAINNYA
}
