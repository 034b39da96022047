package eu.resilience.assessment;

import eu.resilience.assessment.organization.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test steps as a logged-in user, the way the login form would set them up. */
public final class As {

    private As() {}

    public static <T> T user(String username, Role role, Supplier<T> step) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
        context.setAuthentication(new UsernamePasswordAuthenticationToken(username, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void user(String username, Role role, Runnable step) {
        user(username, role, () -> {
            step.run();
            return null;
        });
    }
}
