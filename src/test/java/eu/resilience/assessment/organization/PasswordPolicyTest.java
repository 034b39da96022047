package eu.resilience.assessment.organization;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The password rules, applied on account creation, password reset and the first administrator. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongUncommonPasswordPasses() {
        assertThatCode(() -> policy.check("rita", "three green ferries at dawn"))
                .doesNotThrowAnyException();
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertThatThrownBy(() -> policy.check("rita", "abcdefghij1"))
                .isInstanceOf(OrganizationException.class)
                .hasMessage("password.too-short");
    }

    @Test
    void aPasswordOfTheBundledListIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> policy.check("rita", "Password1234"))
                .isInstanceOf(OrganizationException.class)
                .hasMessage("password.common");
        assertThatThrownBy(() -> policy.check("rita", "QWERTY123456"))
                .isInstanceOf(OrganizationException.class)
                .hasMessage("password.common");
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        assertThatThrownBy(() -> policy.check("rita.respondent", "Rita.Respondent"))
                .isInstanceOf(OrganizationException.class)
                .hasMessage("password.equals-username");
    }

    @Test
    void overlongPasswordsAreRefusedBecauseBcryptWouldIgnoreTheRest() {
        assertThatThrownBy(() -> policy.check("rita", "x".repeat(65)))
                .isInstanceOf(OrganizationException.class)
                .hasMessage("password.too-long");
    }
}
