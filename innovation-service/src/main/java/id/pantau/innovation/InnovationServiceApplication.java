package id.pantau.innovation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The register of regions, OPDs and their innovations; announces innovations on {@code innovation-events}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InnovationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(InnovationServiceApplication.class, args);
    }
}
