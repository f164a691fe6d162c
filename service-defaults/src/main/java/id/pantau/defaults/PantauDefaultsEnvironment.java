package id.pantau.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code pantau-defaults.properties} as the lowest-precedence property source, so every service shares
 * one set of defaults (binder, Mongo representations, problem details, actuator) and keeps its own
 * application.yml tiny. Done as an environment post-processor because some of these properties are read
 * before any configuration class is parsed.
 */
public class PantauDefaultsEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "pantauDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            for (PropertySource<?> source : new PropertiesPropertySourceLoader()
                    .load(SOURCE_NAME, new ClassPathResource("pantau-defaults.properties"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("pantau-defaults.properties is missing from service-defaults", e);
        }
    }
}
