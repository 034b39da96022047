package eu.resilience.assessment.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import eu.resilience.assessment.organization.LoginAccounts;
import eu.resilience.assessment.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** Form login on the Vaadin login view; method security so that services enforce roles themselves. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginAttempts loginAttempts, RequestUtil requestUtil)
            throws Exception {
        // Vaadin's own CSRF setup exempts the login form; ours exempts only Vaadin's internal requests (which carry
        // Vaadin's own token), so a login POST needs Spring's token, which the login form takes from the page's meta
        // tags
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll());
        http.headers(SecurityHeaders::configure);
        http.addFilterBefore(new LoginThrottleFilter(loginAttempts), UsernamePasswordAuthenticationFilter.class);
        // a login the server could not check says so, instead of "wrong username or password"; the login page is named
        // here already (it is the login view's route, as Vaadin sets it below), or Spring would generate one of its own
        http.formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailures()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false))
                .build();
    }

    /**
     * Password login from the accounts. Every attempt compares a password hash (Spring compares against a dummy hash
     * for an unknown username) before the account's state is looked at, and a deactivated account answers "bad
     * credentials" like a wrong password: the same work, the same answer and the same counting towards the lockout, so
     * neither time nor answer tells which accounts exist or are active.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(LoginAccounts accounts, PasswordEncoder passwordEncoder) {
        return authenticationProvider(new AccountUserDetailsService(accounts), passwordEncoder);
    }

    static DaoAuthenticationProvider authenticationProvider(
            UserDetailsService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled() || !user.isAccountNonLocked() || !user.isAccountNonExpired()) {
                throw new BadCredentialsException("Bad credentials");
            }
        });
        return provider;
    }

    /** Delegating encoder: bcrypt today, and it still reads hashes of older algorithms by their prefix. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
