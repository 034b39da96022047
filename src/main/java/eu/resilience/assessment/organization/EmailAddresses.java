package eu.resilience.assessment.organization;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;

/** E-mail addresses as accounts store them: checked (RFC 822, strict), with a domain, lower case. */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;

    private EmailAddresses() {}

    /** The address to store, or null for a blank one. */
    static String normalizeOrNull(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String address = raw.strip().toLowerCase(Locale.ROOT);
        if (address.length() > MAX_LENGTH) {
            throw new OrganizationException("email.invalid", raw.strip());
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            // a bare "name" or "name <x@y>" passes the parser; an account needs exactly one plain address with a domain
            if (!parsed.getAddress().equals(address) || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+")) {
                throw new OrganizationException("email.invalid", raw.strip());
            }
        } catch (AddressException e) {
            throw new OrganizationException("email.invalid", raw.strip());
        }
        return address;
    }
}
