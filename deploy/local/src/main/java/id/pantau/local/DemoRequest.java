package id.pantau.local;

/**
 * One create call of the demo data.
 *
 * @param path           request path on the service, e.g. {@code /api/v1/regions}
 * @param client         the demo client whose token it carries: one whose role and region allow the create
 * @param idempotencyKey stable per demo item, so that loading the demo again changes nothing
 * @param label          what it creates, for people, e.g. {@code region 32.73 Kota Bandung}
 * @param body           the JSON body, exactly as in the demo files
 */
public record DemoRequest(PantauService service, String path, DemoClient client, String idempotencyKey, String label, String body) {
}
