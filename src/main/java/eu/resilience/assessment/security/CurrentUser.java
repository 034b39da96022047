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

    /**
     * Runs a start-up task (demo data, data generator) as the system user with a role, so that it goes through the same
     * secured services as a person would.
     */
    public static void runAsSystem(Role role, Runnable task) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = java.util.List.of(
                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role.name()));
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                "system", null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
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
