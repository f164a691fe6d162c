package id.pantau.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The demo callers and how their tokens look, bound from {@code demo-identities.yml} and {@code application.yml}.
 *
 * @param audience  the {@code aud} of every access token: the services accept only tokens meant for them
 * @param tokenTtl  how long an access token is valid
 * @param clients   machine callers (client-credentials flow), e.g. an OPD's own system submitting measurements
 * @param users     people logging in through the login page (authorization-code flow)
 * @param dashboard the public client the dashboard will log users in with
 */
@Validated
@ConfigurationProperties("pantau.auth")
public record DemoIdentities(@NotBlank String audience, @NotNull Duration tokenTtl,
                             @NotEmpty List<@Valid Client> clients, @NotEmpty List<@Valid User> users,
                             @NotNull @Valid Dashboard dashboard) {

    /** What binds a caller to where it may act; the same for a machine and a person. */
    public interface Caller {

        List<String> roles();

        /** Kemendagri region code, e.g. {@code 32.73}. */
        String region();

        /** SIPD code of the caller's OPD, or null when the caller is not bound to one OPD. */
        String opd();
    }

    public record Client(@NotBlank String id, @NotBlank String secret, @NotEmpty List<String> roles,
                         @NotBlank String region, String opd) implements Caller {
    }

    public record User(@NotBlank String username, @NotBlank String password, @NotEmpty List<String> roles,
                       @NotBlank String region, String opd) implements Caller {
    }

    public record Dashboard(@NotBlank String clientId, @NotEmpty List<String> redirectUris) {
    }

    public Optional<Client> client(String id) {
        return clients.stream().filter(client -> client.id().equals(id)).findFirst();
    }

    public Optional<User> user(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst();
    }
}
