package id.pantau.notification;

import id.pantau.defaults.time.Moments;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Inspectorate alerting: recipients, alerts opened from monitoring's slips, and their emails. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotificationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }

    /** In milliseconds, as MongoDB stores them, so what a POST answers equals what a later GET reads. */
    @Bean
    Clock clock() {
        return Moments.clock();
    }
}
