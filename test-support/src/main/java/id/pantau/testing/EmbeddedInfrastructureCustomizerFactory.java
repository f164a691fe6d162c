package id.pantau.testing;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Wires {@link UseEmbeddedInfrastructure} test classes to the broker and database of the test JVM, and makes
 * them trust the tests' {@link TestIssuer}.
 */
public class EmbeddedInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
        if (!MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(UseEmbeddedInfrastructure.class)) {
            return null;
        }
        return new Customizer("it-" + testClass.getSimpleName().toLowerCase());
    }

    private record Customizer(String database) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("pantauTestInfrastructure", Map.of(
                    "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrap(),
                    "spring.cloud.stream.kafka.binder.brokers", infrastructure.kafkaBootstrap(),
                    "spring.mongodb.uri", infrastructure.mongoUri(database),
                    "pantau.security.issuers[0].uri", TestIssuer.get().uri())));
        }
    }
}
