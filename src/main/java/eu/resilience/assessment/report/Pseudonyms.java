package eu.resilience.assessment.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Pseudonymous organization codes for data exports: a keyed hash (HMAC-SHA256) of the organization id, so the same
 * organization has the same code in every export made with the same key, and no one without the key can tell which
 * organization a code stands for. The key is {@code resilience.export.pseudonym-key}; when it is not set, a random key
 * is drawn at startup (codes then stay the same until the application restarts).
 */
@Component
public class Pseudonyms {

    private final byte[] key;

    Pseudonyms(@Value("${resilience.export.pseudonym-key:}") String configured) {
        if (configured == null || configured.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = configured.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** "ORG-" and 12 hex digits of the keyed hash of the id. */
    public String code(long organizationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] hash = mac.doFinal(Long.toString(organizationId).getBytes(StandardCharsets.US_ASCII));
            return "ORG-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
