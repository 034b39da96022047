package eu.resilience.assessment.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import eu.resilience.assessment.H2Test;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A login the server cannot check (no database connection while reading the lock or the account) is refused with
 * "could not be checked just now", never let through and never answered with "wrong username or password".
 */
@H2Test
class LoginUnavailableTest {

    @Autowired
    WebApplicationContext context;

    private static MockHttpServletRequest loginPost() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", "respondent");
        request.setParameter("password", "anything");
        return request;
    }

    @Test
    void aLockThatCannotBeReadRefusesTheLoginAsUnavailable() throws Exception {
        LoginAttempts unreadable = new LoginAttempts(null, null, Clock.systemUTC(), 5, 20, Duration.ofMinutes(15)) {
            @Override
            public Optional<Instant> lockedUntil(String username, String address) {
                throw new DataAccessResourceFailureException("no connection within 5 s");
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new LoginThrottleFilter(unreadable).doFilter(loginPost(), response, chain);

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?unavailable");
        assertThat(chain.getRequest()).as("the password is not checked").isNull();
    }

    @Test
    void aCheckThatFailedOnTheServerIsUnavailableAndRefusedCredentialsAreAnError() throws Exception {
        MockHttpServletResponse failed = new MockHttpServletResponse();
        new LoginFailures()
                .onAuthenticationFailure(
                        loginPost(),
                        failed,
                        new InternalAuthenticationServiceException(
                                "no connection", new DataAccessResourceFailureException("pool")));
        assertThat(failed.getRedirectedUrl()).isEqualTo("/login?unavailable");

        MockHttpServletResponse refused = new MockHttpServletResponse();
        new LoginFailures().onAuthenticationFailure(loginPost(), refused, new BadCredentialsException("bad"));
        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void theLoginFormOfTheApplicationGoesThroughThem() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        mvc.perform(post("/login")
                        .param("username", "nobody-" + System.nanoTime())
                        .param("password", "wrong password")
                        .with(csrf())
                        .with(request -> {
                            // an address of its own, so that no other test's lockout counts it
                            request.setRemoteAddr("192.0.2.77");
                            return request;
                        }))
                .andExpect(redirectedUrl("/login?error"));
        // the login page is the application's login view, not one Spring Security generates
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Please sign in");
        var chain = context.getBean(org.springframework.security.web.FilterChainProxy.class)
                .getFilterChains()
                .get(0);
        var login = chain.getFilters().stream()
                .filter(f -> f
                        instanceof org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter)
                .findFirst()
                .orElseThrow();
        assertThat(org.springframework.test.util.ReflectionTestUtils.getField(login, "failureHandler"))
                .isInstanceOf(LoginFailures.class);
    }
}
