package eu.resilience.assessment.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links to set or reset a password: a random token (256 bits) of which only the SHA-256 is stored, valid for
 * {@code resilience.password-link.validity} (72 h), used once. The link itself goes out by e-mail: this service
 * publishes {@link PasswordLinkIssued} in its transaction and the notification module queues the mail.
 */
@Service
public class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** At most one reset link per account in this time, so that "Forgot password" cannot flood a mailbox. */
    static final Duration RESET_INTERVAL = Duration.ofMinutes(5);

    private final UserAccountRepository users;
    private final PasswordTokenRepository tokens;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;

    PasswordLinks(
            UserAccountRepository users,
            PasswordTokenRepository tokens,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${resilience.password-link.validity:72h}") Duration validity) {
        this.users = users;
        this.tokens = tokens;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.validity = validity;
    }

    /**
     * "Forgot password": sends a reset link to the active account with this address. Answers the same, and does the
     * same work up to the database, whether or not such an account exists: the mail itself is sent later, by the
     * outbox, so the answer's time does not tell either. Only a malformed address is refused ("email.invalid"). At most
     * one reset link per account every {@link #RESET_INTERVAL}.
     */
    @Transactional
    public void requestReset(String address) {
        String normalized = EmailAddresses.normalizeOrNull(address);
        if (normalized == null) {
            throw new OrganizationException("email.required");
        }
        // the token is drawn and hashed before the look-up, whatever its outcome, so both paths do the same work
        String token = newToken();
        String hash = hash(token);
        var user = users.findByEmail(normalized).filter(UserAccount::isActive);
        // one reset mail per account every few minutes, however often someone asks (the answer stays the same)
        if (user.isPresent()
                && !tokens.existsByUserIdAndPurposeAndCreatedAtAfter(
                        user.get().getId(),
                        PasswordLinkIssued.Purpose.RESET,
                        clock.instant().minus(RESET_INTERVAL))) {
            issue(user.get(), PasswordLinkIssued.Purpose.RESET, token, hash);
        }
    }

    /** Issues a link for an account (new account: SET); called by the account services in their transaction. */
    void issue(UserAccount user, PasswordLinkIssued.Purpose purpose) {
        String token = newToken();
        issue(user, purpose, token, hash(token));
    }

    private void issue(UserAccount user, PasswordLinkIssued.Purpose purpose, String token, String hash) {
        Instant now = clock.instant();
        tokens.voidUnused(user.getId(), now);
        PasswordToken stored = tokens.save(new PasswordToken(user.getId(), hash, purpose, now, now.plus(validity)));
        events.publishEvent(new PasswordLinkIssued(
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.getLanguage(),
                purpose,
                token,
                stored.getExpiresAt()));
    }

    /**
     * Checks a link before its form is shown.
     *
     * @return the username the link is for
     * @throws OrganizationException "password-link.unknown", "password-link.used" or "password-link.expired"
     */
    @Transactional(readOnly = true)
    public String check(String token) {
        PasswordToken link = valid(token);
        return users.findById(link.getUserId()).orElseThrow().getUsername();
    }

    /** Sets the password through a link; the policy applies; the link is then used up. Nothing changes on refusal. */
    @Transactional
    public void setPassword(String token, String newPassword) {
        PasswordToken link = valid(token);
        UserAccount user = users.findWithOrganizationById(link.getUserId()).orElseThrow();
        passwordPolicy.check(user.getUsername(), newPassword);
        if (tokens.use(link.getId(), clock.instant()) != 1) {
            throw new OrganizationException("password-link.used");
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordSetByLink(
                user.getUsername(),
                user.getOrganization() == null ? null : user.getOrganization().getId()));
    }

    private PasswordToken valid(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new OrganizationException("password-link.unknown");
        }
        PasswordToken link = tokens.findByTokenHash(hash(token))
                .orElseThrow(() -> new OrganizationException("password-link.unknown"));
        if (link.isUsed()) {
            throw new OrganizationException("password-link.used");
        }
        if (!link.getExpiresAt().isAfter(clock.instant())) {
            throw new OrganizationException("password-link.expired");
        }
        if (users.findById(link.getUserId()).filter(UserAccount::isActive).isEmpty()) {
            throw new OrganizationException("password-link.unknown");
        }
        return link;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
