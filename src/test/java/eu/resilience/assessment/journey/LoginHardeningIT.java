package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login form and the session cookie on real HTTP responses: a login POST needs the CSRF token of the login page (a
 * page of another site cannot log the browser in), and the session cookie is SameSite, HttpOnly and never in a URL.
 */
@JourneyLaneB
class LoginHardeningIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String form, String cookie, String origin)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst();
    }

    /** Whether the session of the cookie is logged in: a screen for administrators answers, not a redirect. */
    private boolean loggedIn(String cookie) throws IOException, InterruptedException {
        return get("/admin/users", cookie).statusCode() == 200;
    }

    @Test
    void aLoginPostWithoutTheTokenFromAnotherSiteDoesNotLogIn() throws Exception {
        HttpResponse<String> forged =
                postLogin(form("username", "admin", "password", "resilience-demo"), null, "https://attacker.example");

        assertThat(forged.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        Optional<String> cookie = sessionCookie(forged).map(c -> c.substring(0, c.indexOf(';')));
        if (cookie.isPresent()) {
            assertThat(loggedIn(cookie.get())).isFalse();
        }
    }

    @Test
    void aLoginPostWithTheSessionButWithoutTheTokenDoesNotLogIn() throws Exception {
        String cookie = sessionCookie(get("/login", null)).orElseThrow();
        cookie = cookie.substring(0, cookie.indexOf(';'));

        HttpResponse<String> forged = postLogin(form("username", "admin", "password", "resilience-demo"), cookie, null);

        assertThat(forged.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(loggedIn(cookie)).isFalse();
    }

    @Test
    void theLoginPageGivesTheTokenThatTheLoginPostNeeds() throws Exception {
        HttpResponse<String> page = get("/login", null);
        String cookie = sessionCookie(page).orElseThrow();
        cookie = cookie.substring(0, cookie.indexOf(';'));
        HttpLogin.Token token = HttpLogin.token(page.body())
                .orElseThrow(
                        () -> new AssertionError("the login page names the token parameter and carries the token"));

        HttpResponse<String> login = postLogin(
                form("username", "admin", "password", "resilience-demo", token.parameter(), token.value()),
                cookie,
                "http://localhost:" + port);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String loggedInCookie = sessionCookie(login).orElseThrow();
        assertThat(loggedIn(loggedInCookie.substring(0, loggedInCookie.indexOf(';'))))
                .isTrue();
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        String cookie = sessionCookie(get("/login", null)).orElseThrow();

        List<String> attributes =
                List.of(cookie.split(";")).stream().map(String::strip).toList();
        assertThat(attributes).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void noSessionIdTravelsInARedirect() throws Exception {
        HttpResponse<String> redirect = get("/admin/users", null);

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow())
                .endsWith("/login")
                .doesNotContainIgnoringCase("jsessionid");
        assertThat(redirect.body()).doesNotContainIgnoringCase("jsessionid");
    }
}
