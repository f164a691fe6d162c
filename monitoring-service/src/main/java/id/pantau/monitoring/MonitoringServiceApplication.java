package id.pantau.monitoring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Measurements (realisasi) of the indicators, and the judgement of whether each indicator's target is slipping. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MonitoringServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MonitoringServiceApplication.class, args);
    }
}
