package eu.resilience.assessment.organization;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user as this module's services see it (the security module depends on this one, not the reverse). */
final class Caller {

    private Caller() {}

    static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new OrganizationException.NotFound();
        }
        return authentication.getName();
    }
}
