package id.pantau.local;

/**
 * How a service answered one demo create call.
 *
 * @param status   201 created, or 409 when the item already exists
 * @param replayed true when the 201 is the service's replay of an earlier answer for the same Idempotency-Key
 *                 (header {@code Idempotent-Replayed: true}), so nothing new was created
 */
public record DemoResult(DemoRequest request, int status, boolean replayed, String responseBody) {

    /** True when this call created the item, false when it was already there. */
    public boolean created() {
        return status != 409 && !replayed;
    }
}
