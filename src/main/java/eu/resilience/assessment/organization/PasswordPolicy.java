package eu.resilience.assessment.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rules every new password must pass, on creation and on reset: at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_LENGTH} (bcrypt reads no further), not a well-known password (the bundled list
 * {@code common-passwords.txt}), not the username.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final String COMMON_PASSWORDS = "/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /**
     * Refuses a password that breaks a rule.
     *
     * @throws OrganizationException with the key of the first rule it breaks
     */
    public void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new OrganizationException("password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new OrganizationException("password.too-long", MAX_LENGTH);
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            throw new OrganizationException("password.equals-username");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new OrganizationException("password.common");
        }
    }

    private static Set<String> load() {
        var stream = Objects.requireNonNull(
                PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS), COMMON_PASSWORDS + " is missing");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
