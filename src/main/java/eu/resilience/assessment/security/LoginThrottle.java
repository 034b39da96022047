package eu.resilience.assessment.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** The failed logins of one account or one client address, kept in the database so that every node sees them. */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {}

    LoginThrottle(String key, Instant now) {
        this.key = key;
        this.lastFailureAt = now;
    }

    /**
     * Counts one failure. Failures older than the window are forgotten; the failure that reaches the limit locks the key
     * for the lock duration and starts the count again.
     *
     * @return whether this failure locked the key
     */
    boolean failed(Instant now, int limit, Duration window, Duration lock) {
        if (lastFailureAt.plus(window).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= limit) {
            failures = 0;
            lockedUntil = now.plus(lock);
            return true;
        }
        return false;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    int failures() {
        return failures;
    }
}
