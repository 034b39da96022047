package eu.resilience.assessment.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Live answers, browserless: a colleague saves on another screen (another thread, as another request would), and the
 * open questionnaire screen shows it after the push, or a notice when the card is being edited there.
 */
class LiveAnswersViewTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    AnswerBroadcaster broadcaster;

    long assessment;

    @BeforeEach
    void openTheScreen() {
        assessment =
                TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "cyber-resilience-baseline");
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate("assessments/" + assessment, QueryParameters.of("domain", "GOV"));
    }

    @Test
    void aColleaguesSaveAppearsOnTheOpenScreenWithTheCounters() {
        assertThat(broadcaster.listening(assessment)).isOne();

        AnswerState theirs = colleague(() -> assessments.saveAnswer(
                assessment, "GOV.1.1", AnswerInput.empty().withOption("largely"), -1));
        MockVaadin.clientRoundtrip(); // the push

        assertThat(options("GOV.1.1").getValue()).isEqualTo("largely");
        assertThat(status("GOV.1.1")).startsWith("Saved by respondent2 at");
        assertThat(_get(DomainNav.class).label("GOV")).contains("— 1/");
        // the screen now edits from the colleague's revision: no conflict
        Choices.choose(options("GOV.1.1"), "fully");
        assertThat(status("GOV.1.1")).startsWith("Saved by respondent at");
        assertThat(current().revision()).isGreaterThan(theirs.revision());
    }

    @Test
    void aCardBeingEditedKeepsTheUsersChoiceAndSaysWhatHappenedThenShowsTheConflict() {
        Choices.moveTo(options("GOV.1.1"), "partially"); // an arrow key: the choice has not settled

        colleague(() -> assessments.saveAnswer(
                assessment, "GOV.1.1", AnswerInput.empty().withOption("largely"), -1));
        MockVaadin.clientRoundtrip();

        assertThat(options("GOV.1.1").getValue()).isEqualTo("partially");
        assertThat(status("GOV.1.1")).startsWith("respondent2 changed this answer at");
        assertThat(statusState("GOV.1.1")).isEqualTo("changed-elsewhere");

        Choices.settle(options("GOV.1.1"));
        assertThat(statusState("GOV.1.1")).isEqualTo("conflict");
        assertThat(current().optionId()).isEqualTo("largely"); // nothing overwritten
    }

    @Test
    void aRefusedSaveIsNotSentAndALeftScreenHearsNothing() {
        colleague(() -> assessments.saveAnswer(
                assessment, "GOV.1.1", AnswerInput.empty().withOption("largely"), -1));
        MockVaadin.clientRoundtrip();
        long screenRevision = current().revision();
        assertThatThrownBy(() -> colleague(() -> assessments.saveAnswer(
                        assessment, "GOV.1.1", AnswerInput.empty().withOption("fully"), -1)))
                .hasCauseInstanceOf(AssessmentException.StaleAnswer.class);
        MockVaadin.clientRoundtrip();
        assertThat(options("GOV.1.1").getValue()).isEqualTo("largely");
        assertThat(current().revision()).isEqualTo(screenRevision);

        UI.getCurrent().navigate("assessments");
        assertThat(broadcaster.listening(assessment)).isZero();
    }

    /** Saves as respondent2 on another thread, as a request of another screen would. */
    private static <T> T colleague(Supplier<T> save) {
        return CompletableFuture.supplyAsync(() -> As.user("respondent2", Role.RESPONDENT, save))
                .join();
    }

    private AnswerState current() {
        return As.user("respondent", Role.RESPONDENT, () -> assessments.currentAnswer(assessment, "GOV.1.1"));
    }

    private static PracticeCard options(String practiceId) {
        return _get(PracticeCard.class, spec -> spec.withId("practice-" + practiceId));
    }

    private static String status(String practiceId) {
        return options(practiceId).statusText();
    }

    private static String statusState(String practiceId) {
        return options(practiceId).statusState();
    }
}
