package eu.resilience.assessment.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How long a wrong password takes for an unknown, a deactivated and an active account, through the application's
 * authentication provider with its real (bcrypt) encoder: they should not tell the three apart.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=eu.resilience.assessment.security.LoginTimingBenchmark}
 */
public final class LoginTimingBenchmark {

    private LoginTimingBenchmark() {}

    public static void main(String[] args) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode("the right passphrase");
        UserDetailsService accounts = username -> switch (username) {
            case "active" -> User.withUsername(username)
                    .password(hash)
                    .roles("LEAD")
                    .build();
            case "deactivated" -> User.withUsername(username)
                    .password(hash)
                    .roles("LEAD")
                    .disabled(true)
                    .build();
            default -> throw new UsernameNotFoundException("no such user");
        };
        AuthenticationProvider provider = SecurityConfiguration.authenticationProvider(accounts, encoder);
        List<String> cases = List.of("unknown", "deactivated", "active");
        int rounds = 60;
        long[][] nanos = new long[cases.size()][rounds];
        for (int round = -10; round < rounds; round++) { // ten rounds of warm-up
            for (int c = 0; c < cases.size(); c++) {
                long start = System.nanoTime();
                try {
                    provider.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(cases.get(c), "a wrong password"));
                    throw new IllegalStateException("a wrong password was accepted");
                } catch (BadCredentialsException expected) {
                    // every case answers the same
                }
                if (round >= 0) {
                    nanos[c][round] = System.nanoTime() - start;
                }
            }
        }
        for (int c = 0; c < cases.size(); c++) {
            long[] sorted = nanos[c].clone();
            Arrays.sort(sorted);
            System.out.printf(
                    "wrong password, %-11s account: median %6.1f ms, p10 %6.1f ms, p90 %6.1f ms (%d attempts)%n",
                    cases.get(c),
                    sorted[rounds / 2] / 1e6,
                    sorted[rounds / 10] / 1e6,
                    sorted[rounds * 9 / 10] / 1e6,
                    rounds);
        }
    }
}
