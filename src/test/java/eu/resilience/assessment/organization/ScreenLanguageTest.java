package eu.resilience.assessment.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.audit.AuditEvent;
import eu.resilience.assessment.audit.AuditLog;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The language of the screens is the user's own choice, remembered with the account; the browser's until then. */
@H2Test
class ScreenLanguageTest {

    @Autowired
    AccountSettings settings;

    @Autowired
    UserAdministration users;

    @Autowired
    OrganizationAdministration organizations;

    @Autowired
    AuditLog audit;

    private String newRespondent() {
        String username = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        Long organization = As.user(
                        "admin",
                        Role.ADMIN,
                        () -> organizations.create(new OrganizationForm(
                                "Operator " + username, new ProfileForm(Sector.ENERGY, "gas", SizeClass.MEDIUM, "FR"))))
                .id();
        As.user(
                "admin",
                Role.ADMIN,
                () -> users.create(new UserForm(
                        username, "Screen Language", Role.RESPONDENT, organization, "blue kettles sing at noon")));
        return username;
    }

    @Test
    void aUserWhoNeverChoseFollowsTheBrowserAndAChoiceIsRememberedAndAudited() {
        String username = newRespondent();
        assertThat(As.user(username, Role.RESPONDENT, () -> settings.screenLanguage()))
                .isEmpty();

        As.user(username, Role.RESPONDENT, () -> settings.chooseScreenLanguage(Language.DE));

        assertThat(As.user(username, Role.RESPONDENT, () -> settings.screenLanguage()))
                .contains(Language.DE);
        assertThat(As.user("admin", Role.ADMIN, () -> audit.eventsOf("user", username)))
                .extracting(AuditEvent::getAction, AuditEvent::getOldValue, AuditEvent::getNewValue)
                .contains(org.assertj.core.groups.Tuple.tuple("SCREEN_LANGUAGE_CHANGED", "browser's language", "DE"));
        // the e-mails keep their own language
        assertThat(As.user(username, Role.RESPONDENT, () -> settings.mine().language()))
                .isEqualTo(Language.EN);
    }

    @Test
    void noLanguageIsRefusedWithAClearMessageAndChangesNothing() {
        String username = newRespondent();
        As.user(username, Role.RESPONDENT, () -> settings.chooseScreenLanguage(Language.FR));

        assertThatThrownBy(() -> As.user(username, Role.RESPONDENT, () -> settings.chooseScreenLanguage(null)))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("language.screen-required"));
        assertThat(As.user(username, Role.RESPONDENT, () -> settings.screenLanguage()))
                .contains(Language.FR);
    }

    @Test
    void eachUserHasTheirOwnChoice() {
        String german = newRespondent();
        String other = newRespondent();
        As.user(german, Role.RESPONDENT, () -> settings.chooseScreenLanguage(Language.DE));

        assertThat(As.user(other, Role.RESPONDENT, () -> settings.screenLanguage()))
                .isEmpty();
    }
}
