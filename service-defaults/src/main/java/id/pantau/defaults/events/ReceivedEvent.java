package id.pantau.defaults.events;

import id.pantau.events.EventCatalog;
import id.pantau.events.PantauEvent;
import id.pantau.events.PantauJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/** An event read from a topic: its CloudEvents attributes and its body as the catalogue's record. */
public record ReceivedEvent(String id, String type, String source, Instant time, PantauEvent event) {

    /** Kafka headers say {@code ce_}; Spring Cloud Function may hand them over re-prefixed for its own use. */
    private static final java.util.List<String> PREFIXES = java.util.List.of("ce_", "ce-", "ce.");

    /**
     * Reads a message written by the outbox relay. Empty for a type this build does not know (a newer major
     * version, or an event of another product): such messages are skipped, not failed.
     *
     * @throws IllegalArgumentException if the message lacks its CloudEvents id or type, or its body does not
     *                                  parse: the message then goes to the dead-letter topic after retries
     */
    public static Optional<ReceivedEvent> from(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String id = header(headers, "id");
        String type = header(headers, "type");
        if (id == null || type == null) {
            throw new IllegalArgumentException("message without ce_id/ce_type headers");
        }
        return EventCatalog.ofType(type).map(entry -> {
            String time = header(headers, "time");
            PantauEvent event = PantauJson.mapper().readValue(message.getPayload(), entry.eventClass());
            return new ReceivedEvent(id, type, header(headers, "source"),
                    time == null ? null : Instant.parse(time), event);
        });
    }

    private static String header(MessageHeaders headers, String attribute) {
        for (String prefix : PREFIXES) {
            Object value = headers.get(prefix + attribute);
            if (value instanceof byte[] bytes) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }
}
