package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The security headers on real HTTP responses, and the health endpoint as a load balancer sees it. */
@JourneyLaneA
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLoginPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("default-src 'self'")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("style-src 'self' 'unsafe-inline'")
                .contains("img-src 'self' data:")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("ws:")
                .doesNotContain("wss:")
                .doesNotContain("*");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aPageBehindTheLoginCarriesThemToo() throws Exception {
        HttpResponse<String> redirect = get("/admin/users");

        assertThat(redirect.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(redirect.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void healthIsReachableWithoutLoginAndIsTheOnlyActuatorEndpoint() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("details");
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    @Test
    void theIconIsServedWithoutLoginAndNamedByThePage() throws Exception {
        HttpResponse<String> ico = get("/favicon.ico");
        HttpResponse<String> svg = get("/icons/favicon.svg");

        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).startsWith("<svg");
        assertThat(get("/login").body()).contains("icons/favicon.svg");
    }
}
