package eu.resilience.assessment.security;

import java.time.Instant;

/**
 * Too many failed logins locked an account or a client address out; published in the counting transaction.
 *
 * @param key what is locked: the account's or the address's counter key
 */
public record LoginLockedOut(String key, int failedLogins, Instant lockedUntil) {}
