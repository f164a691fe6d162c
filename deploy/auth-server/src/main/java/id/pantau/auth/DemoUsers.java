package id.pantau.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The people who can log in on the login page; their token claims come from {@link DemoIdentities}, not from here. */
@Configuration(proxyBeanMethods = false)
class DemoUsers {

    @Bean
    UserDetailsService userDetailsService(DemoIdentities identities, PasswordEncoder passwords) {
        return new InMemoryUserDetailsManager(identities.users().stream()
                .map(user -> (UserDetails) User.withUsername(user.username())
                        .password(passwords.encode(user.password()))
                        .roles(user.roles().toArray(String[]::new))
                        .build())
                .toList());
    }
}
