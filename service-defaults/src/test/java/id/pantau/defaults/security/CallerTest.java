package id.pantau.defaults.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void rolesComeFromTheRolesClaimAndFromKeycloaksRealmAccessAndUnknownOnesAreIgnored() {
        Jwt jwt = token(Map.of("sub", "s", "region", "32.73", "roles", List.of("viewer", "SUPERUSER"),
                "realm_access", Map.of("roles", List.of("INSPECTOR", "offline_access", "uma_authorization"))));

        assertThat(Caller.roles(jwt)).containsExactlyInAnyOrder(Role.VIEWER, Role.INSPECTOR);
    }

    @Test
    void aRolesClaimMayBeASpaceSeparatedString() {
        assertThat(Caller.roles(token(Map.of("sub", "s", "roles", "REGION_ADMIN INSPECTOR"))))
                .containsExactlyInAnyOrder(Role.REGION_ADMIN, Role.INSPECTOR);
    }

    @Test
    void theCallerKeepsOnlyTheIssuerTheOpaqueSubjectTheClientAndWhereItIsBound() {
        Caller caller = Caller.from(token(Map.of("iss", "http://127.0.0.1:9000", "sub", "5f0c", "azp", "opd-ptsp",
                "region", "32.73",
                "opd", "2.18.0.00.0.00.01.0000", "roles", List.of("OPD_OPERATOR"), "email", "someone@example.id",
                "name", "Someone")));

        assertThat(caller).isEqualTo(new Caller("http://127.0.0.1:9000", "5f0c", "opd-ptsp", Set.of(Role.OPD_OPERATOR),
                new id.pantau.events.RegionCode("32.73"), "2.18.0.00.0.00.01.0000"));
    }

    @Test
    void anRfc9068ClientIdWinsOverAzp() {
        Caller caller = Caller.from(token(Map.of("sub", "s", "azp", "a", "client_id", "c", "region", "32",
                "roles", List.of("VIEWER"))));

        assertThat(caller.client()).isEqualTo("c");
        assertThat(caller.opd()).isNull();
    }
}
