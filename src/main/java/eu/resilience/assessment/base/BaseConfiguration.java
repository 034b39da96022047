package eu.resilience.assessment.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may use. */
@Configuration
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
