package eu.resilience.assessment.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.H2Test;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Failed logins are counted in the database per account and per client address; enough of them lock for a while. */
@H2Test
class LoginAttemptsTest {

    @Autowired
    LoginAttempts attempts;

    @Autowired
    LoginThrottleRepository throttles;

    private static String someone() {
        return "someone-" + UUID.randomUUID();
    }

    private static String someAddress() {
        return "10.0." + (int) (Math.random() * 250) + "." + UUID.randomUUID().hashCode();
    }

    @Test
    void theFifthFailureLocksTheAccountFromEveryAddress() {
        String username = someone();
        for (int i = 0; i < 4; i++) {
            attempts.failed(username, someAddress());
        }
        assertThat(attempts.lockedUntil(username, someAddress())).isEmpty();

        attempts.failed(username, someAddress());

        assertThat(attempts.lockedUntil(username, someAddress())).isPresent();
        assertThat(attempts.lockedUntil(someone(), someAddress())).isEmpty();
        assertThat(throttles.findById(LoginAttempts.accountKey(username))).isPresent();
    }

    @Test
    void aSuccessfulLoginForgetsTheAccountsFailures() {
        String username = someone();
        for (int i = 0; i < 4; i++) {
            attempts.failed(username, someAddress());
        }
        attempts.succeeded(username);
        attempts.failed(username, someAddress());

        assertThat(attempts.lockedUntil(username, someAddress())).isEmpty();
    }

    @Test
    void oneAddressTryingManyUsernamesIsLockedAfterTwentyFailures() {
        String address = someAddress();
        for (int i = 0; i < 19; i++) {
            attempts.failed(someone(), address);
        }
        assertThat(attempts.lockedUntil(someone(), address)).isEmpty();

        attempts.failed(someone(), address);

        assertThat(attempts.lockedUntil(someone(), address)).isPresent();
        assertThat(attempts.lockedUntil(someone(), someAddress())).isEmpty();
    }

    @Test
    void usernamesAreCountedWithoutRegardToCase() {
        String username = someone();
        for (int i = 0; i < 5; i++) {
            attempts.failed(i % 2 == 0 ? username.toUpperCase() : username, someAddress());
        }
        assertThat(attempts.lockedUntil(username, someAddress())).isPresent();
    }
}
