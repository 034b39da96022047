package eu.resilience.assessment.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-login tracking per account and per client address, in the database (shared by every node): after
 * {@code resilience.login.max-failures} failures within the lock duration an account is locked for that duration; a
 * client address after {@code resilience.login.max-failures-per-address} (it may be guessing many usernames).
 */
@Service
public class LoginAttempts {

    private final LoginThrottleRepository throttles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lock;

    LoginAttempts(
            LoginThrottleRepository throttles,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${resilience.login.max-failures:5}") int maxFailures,
            @Value("${resilience.login.max-failures-per-address:20}") int maxFailuresPerAddress,
            @Value("${resilience.login.lock-duration:15m}") Duration lock) {
        this.throttles = throttles;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lock = lock;
    }

    /** Until when logins of this account or from this address are refused; empty when they are not. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(accountKey(username), addressKey(address))
                .flatMap(key -> throttles.findById(key).stream())
                .filter(throttle -> throttle.isLocked(now))
                .map(LoginThrottle::lockedUntil)
                .max(Instant::compareTo);
    }

    /** Counts a failed login of the account from the address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        count(accountKey(username), maxFailures);
        count(addressKey(address), maxFailuresPerAddress);
    }

    /** A successful login forgets the account's failures (not the address's: one good account must not reset them). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        throttles.findForUpdate(accountKey(username)).ifPresent(throttles::delete);
    }

    private void count(String key, int limit) {
        Instant now = clock.instant();
        LoginThrottle throttle = throttles.findForUpdate(key).orElse(null);
        if (throttle == null) {
            // a first failure created on two nodes at once makes one of them fail: that login still fails, uncounted
            throttle = throttles.save(new LoginThrottle(key, now));
        }
        if (throttle.failed(now, limit, lock, lock)) {
            events.publishEvent(new LoginLockedOut(key, limit, throttle.lockedUntil()));
        }
    }

    static String accountKey(String username) {
        return "account:" + clip(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "address:" + clip(address == null ? "unknown" : address);
    }

    private static String clip(String text) {
        return text.length() > 250 ? text.substring(0, 250) : text;
    }
}
