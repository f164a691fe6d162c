package id.pantau.local;

/**
 * How a service answered one demo create call: 201 (created, or a replay of the first 201 for the same
 * Idempotency-Key) or 409 (it already exists).
 */
public record DemoResult(DemoRequest request, int status, String responseBody) {
}
