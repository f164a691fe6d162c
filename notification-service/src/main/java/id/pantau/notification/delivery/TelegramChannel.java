package id.pantau.notification.delivery;

import id.pantau.notification.NotificationProperties;
import id.pantau.notification.recipient.Channel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram nudges through the Bot API's {@code sendMessage}: the subject line and the link, to the recipient's
 * chat. 2xx is success; 403 (the bot was blocked or removed from the chat) disables the recipient like a
 * webhook's 410; anything else is retried. The token stays out of errors and logs.
 */
@Component
class TelegramChannel implements DeliveryChannel {

    private final HttpClient http;
    private final JsonMapper json;
    private final NotificationProperties properties;

    TelegramChannel(JsonMapper json, NotificationProperties properties) {
        this.json = json;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.delivery().webhookTimeout()).build();
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public String metric() {
        return "pantau.notification.telegram";
    }

    @Override
    public ChannelOutcome send(Delivery delivery) {
        String token = properties.telegram().botToken();
        if (token == null || token.isBlank()) {
            return ChannelOutcome.failed("no Telegram bot token configured (pantau.notification.telegram.bot-token)");
        }
        String base = properties.telegram().baseUrl().toString();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create((base.endsWith("/") ? base : base + "/") + "bot" + token + "/sendMessage"))
                .timeout(properties.delivery().webhookTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("chat_id", delivery.recipient(), "text", delivery.body()))))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return ChannelOutcome.sent();
            }
            return status == 403 ? ChannelOutcome.gone("Telegram HTTP 403") : ChannelOutcome.failed("Telegram HTTP " + status);
        } catch (IOException e) {
            return ChannelOutcome.failed("Telegram unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ChannelOutcome.failed("interrupted");
        }
    }
}
