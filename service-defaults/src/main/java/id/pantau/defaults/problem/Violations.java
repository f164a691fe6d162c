package id.pantau.defaults.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every field error of one request, so the caller learns all of them at once, and refuses the
 * request (400 problem+json) before anything is written. Message codes name entries of the message bundles;
 * {@code required} and {@code too-long} are shared (pantau-problems.properties).
 */
public final class Violations {

    private final List<FieldViolation> violations = new ArrayList<>();

    public Violations add(String field, String messageCode, Object... args) {
        violations.add(new FieldViolation(field, messageCode, args));
        return this;
    }

    /** @return whether the value is present; records {@code required} on the field when it is not */
    public boolean required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(field, "required");
            return false;
        }
        return true;
    }

    /** Required text of at most {@code maxLength} characters. */
    public boolean requiredText(String field, String value, int maxLength) {
        return required(field, value) && maxLength(field, value, maxLength);
    }

    /** Optional text of at most {@code maxLength} characters. */
    public boolean maxLength(String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            add(field, "too-long", maxLength);
            return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** @throws ApiProblem listing every violation, when there is any */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
    }
}
