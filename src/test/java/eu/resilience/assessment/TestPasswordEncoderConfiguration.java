package eu.resilience.assessment;

import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In the shared test contexts (the unit tests', the journey lanes', the PostgreSQL tests'), passwords are hashed with
 * bcrypt at its lowest cost (2^4 rounds instead of 2^10): the same format and the same code paths as the application's
 * encoder, without a tenth of a second per created user and per login (the journeys' logins took 10 s of CPU with the
 * real cost). The login timing is measured with the real cost by {@code LoginTimingBenchmark}, and the journeys'
 * processes ({@code DurabilityCrashIT}, {@code TwoNodesIT}) use the application's own encoder.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPasswordEncoderConfiguration {

    @Bean
    @Primary
    PasswordEncoder cheapPasswordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }
}
