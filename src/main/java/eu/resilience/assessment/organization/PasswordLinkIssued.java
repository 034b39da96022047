package eu.resilience.assessment.organization;

import java.time.Instant;

/**
 * A one-time link to set (new account) or reset (forgotten) a password was issued; published in the transaction that
 * stored it, so that the link's e-mail is queued with it or not at all.
 *
 * @param token the random token of the link, never stored in this module (only its hash is)
 */
public record PasswordLinkIssued(
        String username,
        String displayName,
        String email,
        Language language,
        Purpose purpose,
        String token,
        Instant expiresAt) {

    /** Why the link was sent. */
    public enum Purpose {
        /** A new account: the user chooses their first password. */
        SET,
        /** "Forgot password". */
        RESET
    }

    @Override
    public String toString() {
        // the token is a credential: keep it out of logs
        return "PasswordLinkIssued[" + username + ", " + purpose + ", expires " + expiresAt + "]";
    }
}
