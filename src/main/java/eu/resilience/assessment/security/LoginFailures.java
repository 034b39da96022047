package eu.resilience.assessment.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a refused login goes: back to the login page with {@code ?error} ("wrong username or password") when the
 * credentials were refused, with {@code ?unavailable} ("could not be checked just now") when the server could not
 * check them (no database connection, for instance), so that nobody is told their password is wrong when it was not
 * even compared. Either way nobody learns whether the account exists.
 */
final class LoginFailures implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginFailures.class);

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof AuthenticationServiceException) {
            log.warn("A login could not be checked: {}", exception.getMessage(), exception.getCause());
            unavailable(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    /** Back to the login page, which says that the login could not be checked and to try again. */
    static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?unavailable");
    }
}
