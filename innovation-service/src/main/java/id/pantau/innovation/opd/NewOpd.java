package id.pantau.innovation.opd;

/** An OPD to add to a region; {@code parentCode} names the OPD a sub-unit (e.g. a UPTD) belongs to. */
public record NewOpd(String code, String name, String shortName, String parentCode) {
}
