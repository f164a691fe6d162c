package id.pantau.defaults.security;

import id.pantau.events.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses (401) a token that does not say who and where its caller is: a subject, at least one role this
 * platform knows, a valid Kemendagri {@code region} code, and an {@code opd} code for an OPD operator.
 * A token that binds its caller nowhere must open nothing.
 */
final class CallerClaimsValidator implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<String> missing = new ArrayList<>();
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            missing.add("sub");
        }
        Set<Role> roles = Caller.roles(jwt);
        if (roles.isEmpty()) {
            missing.add(Caller.ROLES);
        }
        if (RegionCode.parse(jwt.getClaimAsString(Caller.REGION)).isEmpty()) {
            missing.add(Caller.REGION);
        }
        String opd = jwt.getClaimAsString(Caller.OPD);
        if (roles.contains(Role.OPD_OPERATOR) && (opd == null || opd.isBlank())) {
            missing.add(Caller.OPD);
        }
        if (missing.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "The token lacks or has invalid claims: " + String.join(", ", missing), null));
    }
}
