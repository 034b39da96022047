package eu.resilience.assessment.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator of a production installation: from the environment, checked, never a default password. */
class InitialAdministratorTest {

    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final MockEnvironment environment = new MockEnvironment();

    private void start() {
        new InitialAdministrator(users, new PasswordPolicy(), encoder, environment)
                .run(new DefaultApplicationArguments());
    }

    @Test
    void onAnEmptyUserTableItCreatesAdminWithThePasswordOfTheEnvironment() {
        when(users.count()).thenReturn(0L);
        environment.setProperty("RESILIENCE_ADMIN_PASSWORD", "seven quiet lighthouses");

        start();

        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("seven quiet lighthouses", saved.getValue().getPasswordHash()))
                .isTrue();
    }

    @Test
    void withoutTheVariableItRefusesToStartAndSaysWhatToSet() {
        when(users.count()).thenReturn(0L);

        assertThatThrownBy(this::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Set the environment variable RESILIENCE_ADMIN_PASSWORD")
                .hasMessageContaining("at least 12 characters");
        verify(users, never()).save(any());
    }

    @Test
    void aPasswordThatBreaksThePolicyIsRefusedAtStart() {
        when(users.count()).thenReturn(0L);
        environment.setProperty("RESILIENCE_ADMIN_PASSWORD", "admin");

        assertThatThrownBy(this::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RESILIENCE_ADMIN_PASSWORD does not pass the password policy");
        verify(users, never()).save(any());
    }

    @Test
    void withAccountsAlreadyThereItDoesNothing() {
        when(users.count()).thenReturn(3L);

        start();

        verify(users, never()).save(any());
    }
}
