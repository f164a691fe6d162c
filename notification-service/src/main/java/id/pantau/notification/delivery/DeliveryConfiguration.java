package id.pantau.notification.delivery;

import id.pantau.notification.NotificationProperties;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.context.annotation.Configuration;

@Configuration
class DeliveryConfiguration {

    @Bean
    MailComposer mailComposer(NotificationProperties properties) {
        return new MailComposer(new MailTemplates(), properties.timeZone());
    }

    @Bean
    RetryPolicy retryPolicy(NotificationProperties properties) {
        NotificationProperties.Delivery delivery = properties.delivery();
        return new RetryPolicy(delivery.maxAttempts(), delivery.firstRetry(), delivery.maxRetry(), delivery.jitter());
    }

    @Bean
    WebhookComposer webhookComposer(NotificationProperties properties, JsonMapper json) {
        return new WebhookComposer(json);
    }
}
