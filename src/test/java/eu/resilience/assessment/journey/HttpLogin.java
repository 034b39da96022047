package eu.resilience.assessment.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The login form's request made over HTTP: the login page read for its session and its CSRF token, then the form's POST
 * to /login with the username and password, as the browser sends it. Used where the login page is not what a test is
 * about: the journeys about logging in use the page itself ({@link Browser#logIn}).
 */
final class HttpLogin {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Where the login sent the visitor (the path: "/" when logged in, "/login?error" for a wrong password,
     * "/login?locked" for a locked account) and the session cookie's value it holds from then on.
     */
    record Outcome(String location, String session) {

        boolean loggedIn() {
            return location.equals("/");
        }
    }

    /** The CSRF token a login page carries for the login's POST: the form parameter's name and its value. */
    record Token(String parameter, String value) {}

    private HttpLogin() {}

    /** The token of the login page's HTML (its meta elements "_csrf_parameter" and "_csrf"), if it has both. */
    static Optional<Token> token(String loginPage) {
        String parameter = null;
        String value = null;
        Matcher meta = META.matcher(loginPage);
        while (meta.find()) {
            if (meta.group(1).equals("_csrf_parameter")) {
                parameter = meta.group(2);
            } else {
                value = meta.group(2);
            }
        }
        return parameter == null || value == null || value.isBlank()
                ? Optional.empty()
                : Optional.of(new Token(parameter, value));
    }

    /** Logs in on the application at the port as a visitor whose browser reads the language (e.g. "fr-FR"). */
    static Outcome logIn(int port, String username, String password, String language) {
        String login = "http://localhost:" + port + "/login";
        try {
            HttpResponse<String> page = HTTP.send(
                    HttpRequest.newBuilder(URI.create(login))
                            .header("Accept-Language", language)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Token token = token(page.body())
                    .orElseThrow(
                            () -> new IllegalStateException("the login page has no CSRF token: " + page.statusCode()));
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&"
                    + encode(token.parameter()) + "=" + encode(token.value());
            HttpResponse<Void> sent = HTTP.send(
                    HttpRequest.newBuilder(URI.create(login))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", "JSESSIONID=" + session(page).orElseThrow())
                            .header("Origin", "http://localhost:" + port)
                            .header("Accept-Language", language)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (sent.statusCode() != 302) {
                throw new IllegalStateException("the login answered " + sent.statusCode() + " instead of a redirect");
            }
            String location = sent.headers().firstValue("Location").orElseThrow();
            return new Outcome(
                    location.substring(location.indexOf('/', "http://".length())),
                    session(sent).orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session cookie the response sets, if any. */
    private static Optional<String> session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                .findFirst();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
