package eu.resilience.assessment.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A card whose save fails for a reason other than a refusal (here the exception Spring raises for an unreachable
 * database; the real one is stopped in {@code DurabilityCrashIT}): it never says "Saved", keeps the choice, and Retry
 * saves the same answer.
 */
class PracticeCardFailureTest extends KaribuTest {

    @Autowired
    QuestionnaireService questionnaires;

    @Test
    void aFailedSaveIsShownAsNotSavedKeepsTheChoiceAndIsSavedOnRetry() {
        login("respondent", Role.RESPONDENT);
        Practice practice = questionnaires
                .find("cyber-resilience-baseline", "1.0")
                .orElseThrow()
                .practice("GOV.1.1")
                .orElseThrow();
        List<AnswerInput> attempts = new ArrayList<>();
        List<AnswerState> saved = new ArrayList<>();
        PracticeCard card = new PracticeCard(
                practice,
                null,
                false,
                Locale.ENGLISH,
                new PracticeCard.Saver() {
                    @Override
                    public AnswerState save(String practiceId, AnswerInput input, long expectedRevision) {
                        attempts.add(input);
                        if (attempts.size() == 1) {
                            throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection");
                        }
                        return new AnswerState(
                                practiceId,
                                input.optionId(),
                                false,
                                null,
                                null,
                                null,
                                false,
                                false,
                                false,
                                0,
                                "respondent",
                                Instant.now());
                    }

                    @Override
                    public AnswerState reload(String practiceId) {
                        return null;
                    }
                },
                saved::add);
        UI.getCurrent().add(card);

        PracticeCard options = card;
        Choices.choose(options, "largely");

        assertThat(card.statusText())
                .isEqualTo("Not saved: the change could not be stored. Your choice is kept: press Retry.");
        assertThat(card.statusState()).isEqualTo("failed");
        assertThat(card.html())
                .contains("id=\"status-GOV.1.1\" role=\"status\"", "data-state=\"failed\">Not saved: the change");
        assertThat(options.getValue()).isEqualTo("largely");
        assertThat(saved).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("retry-GOV.1.1")));

        assertThat(attempts).extracting(AnswerInput::optionId).containsExactly("largely", "largely");
        assertThat(card.statusText()).startsWith("Saved by respondent");
        assertThat(card.statusState()).isEqualTo("saved");
        assertThat(saved).singleElement().extracting(AnswerState::optionId).isEqualTo("largely");
        assertThat(_find(Button.class, spec -> spec.withId("retry-GOV.1.1"))).isEmpty();
    }
}
