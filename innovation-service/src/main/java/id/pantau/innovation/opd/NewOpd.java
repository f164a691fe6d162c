package id.pantau.innovation.opd;

/**
 * An OPD to add to a region; {@code parentCode} names the OPD a sub-unit (e.g. a UPTD) belongs to. {@code kind}
 * defaults to OTHER, {@code active} to true.
 */
public record NewOpd(String code, String name, String shortName, OpdKind kind, String parentCode, Boolean active) {
}
