package id.pantau.innovation.opd;

/**
 * Changes to an OPD: each field given replaces the current one, the others stay. A blank {@code shortName} or
 * {@code parentCode} clears it; {@code active: false} marks a unit that no longer works (it stays, with its
 * innovations).
 */
public record OpdPatch(String name, String shortName, OpdKind kind, String parentCode, Boolean active) {
}
