package id.pantau.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A demo OAuth2 authorization server for the local stack (Spring Authorization Server through Boot's
 * auto-configuration): the OIDC endpoints, a login page, and signing keys generated at each start, published at
 * {@code /oauth2/jwks}. What is Pantau's own: the demo clients and users ({@link DemoIdentities}) and the claims
 * the services scope by ({@link PantauClaims}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LocalAuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalAuthServerApplication.class, args);
    }

    /**
     * Client secrets and passwords are hashed in memory although the demo values are public: the client store
     * refuses two clients with the same stored secret, and the hash is what a real deployment would keep.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
