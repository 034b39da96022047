package eu.resilience.assessment.security;

import eu.resilience.assessment.organization.Role;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is logged in, for services and views. */
@Component
public class CurrentUser {

    /** The username, if someone is logged in. */
    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    /** The role, if someone is logged in. */
    public Optional<Role> role() {
        return authentication().flatMap(a -> a.getAuthorities().stream()
                .map(granted -> granted.getAuthority())
                .filter(name -> name.startsWith("ROLE_"))
                .map(name -> Role.valueOf(name.substring(5)))
                .findFirst());
    }

    public boolean hasRole(Role role) {
        return role().filter(role::equals).isPresent();
    }

    private static Optional<Authentication> authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getName())) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }
}
