package eu.resilience.assessment.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** The catalogue service enforces roles itself, whatever the screens show. */
@H2Test
class QuestionnaireServiceSecurityTest {

    @Autowired
    QuestionnaireService questionnaires;

    @Test
    void anonymousCallersGetNothing() {
        assertThatThrownBy(() -> questionnaires.catalogue())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "RESPONDENT")
    void respondentsSeeTheCatalogueButNotTheLoadErrors() {
        assertThat(questionnaires.catalogue()).isNotEmpty();
        assertThatThrownBy(() -> questionnaires.loadErrors()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questionnaires.reload()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "LEAD")
    void leadsDoNotSeeTheLoadErrorsEither() {
        assertThatThrownBy(() -> questionnaires.loadErrors()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void administratorsSeeTheLoadErrors() {
        assertThat(questionnaires.loadErrors()).isEmpty();
    }
}
