package id.pantau.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points the Spring test context of the annotated class at {@link EmbeddedInfrastructure}: the Kafka binder
 * and the MongoDB URI (a database of its own per annotated class, so tests do not see each other's data), and
 * the trusted issuer ({@link TestIssuer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface UseEmbeddedInfrastructure {
}
