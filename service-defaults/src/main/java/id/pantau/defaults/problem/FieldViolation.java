package id.pantau.defaults.problem;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** One invalid field of a request, with a message resolved in the caller's language when the problem is written. */
public record FieldViolation(String field, MessageSourceResolvable message) {

    /** {@code messageCode} names a message in the bundles; {@code args} fill its placeholders. */
    public FieldViolation(String field, String messageCode, Object... args) {
        this(field, new DefaultMessageSourceResolvable(new String[] {messageCode}, args, messageCode));
    }
}
