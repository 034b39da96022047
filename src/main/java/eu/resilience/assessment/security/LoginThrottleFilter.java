package eu.resilience.assessment.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login form submission while the account or the client address is locked, before the password is even
 * checked, and sends the browser back to the login page with {@code ?locked}. When the lock cannot be read (no
 * database connection), the login is refused too, with {@code ?unavailable}: never let a login through unchecked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final LoginAttempts attempts;

    LoginThrottleFilter(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
            Optional<Instant> locked;
            try {
                locked = attempts.lockedUntil(request.getParameter("username"), request.getRemoteAddr());
            } catch (RuntimeException e) {
                log.warn("The login lock could not be read: {}", e.toString());
                LoginFailures.unavailable(request, response);
                return;
            }
            if (locked.isPresent()) {
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
