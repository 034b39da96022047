package eu.resilience.assessment.demo;

import eu.resilience.assessment.organization.Role;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a demo step as a user with a role, through the same secured services as a person would. */
final class SystemUser {

    private SystemUser() {}

    /** As the system user ("system") with the role: an administrator creates data, a lead campaigns and releases. */
    static <T> T as(Role role, Supplier<T> step) {
        return as("system", role, step);
    }

    /** As a named user (the services resolve the organization from the username). */
    static <T> T as(String username, Role role, Supplier<T> step) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
