package eu.resilience.assessment.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first login of a production installation (property {@code resilience.initial-admin}, set by the {@code postgres}
 * profile): on an empty user table, one administrator {@code admin} whose password is read from the environment
 * variable {@value #PASSWORD_VARIABLE} and must pass the password policy. Without it the application refuses to start:
 * there are no default passwords outside the demo.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "resilience.initial-admin", havingValue = "true")
class InitialAdministrator implements ApplicationRunner {

    static final String PASSWORD_VARIABLE = "RESILIENCE_ADMIN_PASSWORD";
    static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository users;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;

    InitialAdministrator(
            UserAccountRepository users,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            Environment environment) {
        this.users = users;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = environment.getProperty(PASSWORD_VARIABLE);
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("There is no user account yet. Set the environment variable "
                    + PASSWORD_VARIABLE + " to the password of the first administrator '" + USERNAME
                    + "' (at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, not a common password, not the username) and start again.");
        }
        try {
            passwordPolicy.check(USERNAME, password);
        } catch (OrganizationException refused) {
            throw new IllegalStateException("The environment variable " + PASSWORD_VARIABLE
                    + " does not pass the password policy (" + refused.getMessage()
                    + "): use at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, not a common password, not the username, and start again.");
        }
        users.save(new UserAccount(USERNAME, "Administrator", passwordEncoder.encode(password), Role.ADMIN, null));
        log.info("First administrator '{}' created with the password of {}", USERNAME, PASSWORD_VARIABLE);
    }
}
