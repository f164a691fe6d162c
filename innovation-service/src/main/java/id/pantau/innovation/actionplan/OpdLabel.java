package id.pantau.innovation.actionplan;

/** How an action plan may name an OPD of the region: by its SIPD code, its name or its short name. */
public record OpdLabel(String code, String name, String shortName) {
}
