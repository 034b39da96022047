package eu.resilience.assessment.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The questionnaire screen's domain picker (shown on phones) and "Print all domains", browserless, on a fresh baseline
 * assessment of Nordgrid Energy.
 */
class PhoneAndPrintViewTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestOrganizations organizations;

    long assessment;

    @BeforeEach
    void openAFreshAssessment() {
        assessment =
                TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "cyber-resilience-baseline");
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate("assessments/" + assessment);
    }

    private static PracticeCard options(String practiceId) {
        return _get(PracticeCard.class, spec -> spec.withId("practice-" + practiceId));
    }

    @Test
    void thePickerShowsTheDomainOnScreenWithItsProgressAndOpensTheDomainPicked() {
        DomainPicker picker = _get(DomainPicker.class);
        AssessmentView view = _get(AssessmentView.class);
        assertThat(picker.getValue()).isEqualTo("GOV");

        Choices.choose(options("GOV.1.1"), "fully");

        assertThat(picker.label(picker.getValue()))
                .isEqualTo(_get(DomainNav.class).label("GOV"))
                .contains("— 1/");

        Choices.pick("ACCESS");

        assertThat(view.currentDomain()).isEqualTo("ACCESS");
        assertThat(view.cards()).isNotEmpty().allSatisfy(card -> assertThat(card.practiceId())
                .startsWith("ACCESS."));
        assertThat(_get(DomainNav.class).ariaCurrent("ACCESS")).isEqualTo("step");

        // the next domain from the screen's own button: the picker follows
        Choices.press("next-domain");
        assertThat(picker.getValue()).isEqualTo(view.currentDomain()).isNotEqualTo("ACCESS");
    }

    @Test
    void printAllDomainsPrintsEveryDomainWithTheAnswersOfTheScreenThenDropsThePrintableCopy() {
        Choices.choose(options("GOV.1.1"), "fully");
        UI.getCurrent().navigate("assessments/" + assessment, QueryParameters.of("domain", "VULN"));
        AssessmentView view = _get(AssessmentView.class);
        Choices.choose(options("VULN.3.1"), PracticeCard.NOT_APPLICABLE);
        HasValueUtilsKt._setValue(
                _get(
                        _get(PracticeCard.class, spec -> spec.withId("practice-VULN.3.1")),
                        TextArea.class,
                        spec -> spec.withLabel("Why does this not apply? (required)")),
                "No software of our own");

        _click(_get(Button.class, spec -> spec.withId("print-questionnaire")));

        QuestionnairePrint printable = _get(QuestionnairePrint.class);
        List<Section> domains = _find(printable, Section.class);
        assertThat(domains)
                .extracting(s -> s.getElement().getAttribute("data-domain"))
                .containsExactly(
                        "GOV", "ASSET", "ACCESS", "PROTECT", "VULN", "DETECT", "RESP", "CONT", "SUPPLY", "SHARE");
        assertThat(chosen(printable, "GOV.1.1")).containsExactly("☒ Fully implemented");
        assertThat(chosen(printable, "VULN.3.1")).containsExactly("☒ Not applicable");
        assertThat(practice(printable, "VULN.3.1").getElement().getTextRecursively())
                .contains("N/A justification: No software of our own");
        // a practice that the N/A hides is not printed, as it is not shown
        assertThat(printable.getElement().getTextRecursively()).doesNotContain("VULN.3.2");
        assertThat(chosen(printable, "GOV.1.2")).isEmpty();
        assertThat(view.getElement().getClassList()).contains(QuestionnairePrint.PRINTING);

        // the print dialog closed: the copy is dropped
        printable.printed();
        assertThat(_find(QuestionnairePrint.class)).isEmpty();
        assertThat(view.getElement().getClassList()).doesNotContain(QuestionnairePrint.PRINTING);
    }

    @Test
    void theBlankQuestionnaireToPrintIsLinkedOnTheScreen() {
        Anchor blank = _get(Anchor.class, spec -> spec.withId("blank-print-cyber-resilience-baseline-1-0"));
        assertThat(blank.getText()).isEqualTo("Blank questionnaire to print (PDF)");
        assertThat(blank.getHref()).isNotBlank();
    }

    private static Component practice(QuestionnairePrint printable, String practiceId) {
        return printable
                .getElement()
                .getChildren()
                .flatMap(section -> section.getChildren())
                .filter(e -> practiceId.equals(e.getAttribute("data-practice")))
                .findFirst()
                .flatMap(e -> e.getComponent())
                .orElseThrow();
    }

    private static List<String> chosen(QuestionnairePrint printable, String practiceId) {
        return _find(practice(printable, practiceId), ListItem.class).stream()
                .filter(item -> item.getElement().hasAttribute("data-chosen"))
                .map(ListItem::getText)
                .toList();
    }
}
