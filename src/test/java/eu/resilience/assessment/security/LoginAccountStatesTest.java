package eu.resilience.assessment.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.organization.LoginAccounts;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserForm;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Unknown, deactivated and active accounts are indistinguishable at the login: each attempt compares one password hash,
 * answers "bad credentials" and counts towards the lockout. (How long an attempt takes is measured by hand, see the
 * README; here the hash comparison itself is counted.)
 */
@H2Test
class LoginAccountStatesTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    UserAdministration users;

    @Autowired
    LoginAccounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    LoginAttempts attempts;

    private String deactivatedAccount() {
        String username = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        As.user("admin", Role.ADMIN, () -> {
            long id = users.create(new UserForm(username, "Gone Away", Role.LEAD, null, PASSWORD))
                    .id();
            users.deactivate(id);
        });
        return username;
    }

    private String activeAccount() {
        String username = "here-" + UUID.randomUUID().toString().substring(0, 8);
        As.user(
                "admin",
                Role.ADMIN,
                () -> users.create(new UserForm(username, "Still Here", Role.LEAD, null, PASSWORD)));
        return username;
    }

    /** The real encoder, counting its comparisons. */
    private final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger comparisons = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return passwordEncoder.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return passwordEncoder.matches(raw, encoded);
        }
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    @Test
    void everyKindOfAccountComparesOnePasswordHashAndAnswersBadCredentials() {
        CountingEncoder encoder = new CountingEncoder();
        var provider = SecurityConfiguration.authenticationProvider(new AccountUserDetailsService(accounts), encoder);
        String deactivated = deactivatedAccount();
        String active = activeAccount();

        for (String[] attempt : new String[][] {
            {"nobody-" + UUID.randomUUID(), "a wrong password"},
            {deactivated, "a wrong password"},
            {deactivated, PASSWORD},
            {active, "a wrong password"}
        }) {
            int before = encoder.comparisons.get();
            assertThatThrownBy(() -> provider.authenticate(attempt(attempt[0], attempt[1], "10.9.8.7")))
                    .isExactlyInstanceOf(BadCredentialsException.class);
            assertThat(encoder.comparisons.get() - before)
                    .as("hash comparisons for " + attempt[0])
                    .isEqualTo(1);
        }
        assertThat(provider.authenticate(attempt(active, PASSWORD, "10.9.8.7")).isAuthenticated())
                .isTrue();
    }

    @Test
    void failedLoginsOfADeactivatedAccountAreCountedAndLockIt() throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        String deactivated = deactivatedAccount();
        String address = "10.7." + (UUID.randomUUID().hashCode() & 0xff) + ".1";

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(attempt(deactivated, "a wrong password", address)))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThat(attempts.lockedUntil(deactivated, "10.0.0.1")).isPresent();
    }

    @Test
    void failedLoginsOfAnUnknownAccountAreCountedLikeAnyOther() throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        String unknown = "nobody-" + UUID.randomUUID();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(attempt(unknown, "a wrong password", "10.6.0.1")))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }

        assertThat(attempts.lockedUntil(unknown, "10.0.0.1")).isPresent();
    }
}
