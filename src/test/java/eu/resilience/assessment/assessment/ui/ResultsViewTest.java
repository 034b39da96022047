package eu.resilience.assessment.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import eu.resilience.assessment.questionnaire.Practice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The results screen shows level and score side by side, the blockers and the next steps with recommendations. */
class ResultsViewTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TestOrganizations organizations;

    @Test
    void levelScoreBlockersAndNextStepsAreShown() {
        long assessment =
                TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "cyber-resilience-baseline");
        // every practice fully implemented, but GOV.1.1 (MIL1) only partially: GOV stays at level 0
        As.user("respondent", Role.RESPONDENT, () -> {
            var work = assessments.open(assessment);
            for (Practice practice : work.questionnaire().practices()) {
                if (!work.hiddenPractices().contains(practice.id())) {
                    assessments.saveAnswer(
                            assessment,
                            practice.id(),
                            AnswerInput.empty().withOption(practice.id().equals("GOV.1.1") ? "partially" : "fully"),
                            -1);
                }
            }
        });
        login("respondent", Role.RESPONDENT);

        UI.getCurrent().navigate("assessments/" + assessment + "/results");

        assertThat(_get(Span.class, spec -> spec.withId("overall-maturity")).getText())
                .as("one vocabulary of levels, from the questionnaire")
                .isEqualTo("Below MIL1");
        assertThat(_get(Span.class, spec -> spec.withId("overall-score")).getText())
                .startsWith("99.");
        assertThat(_get(Span.class, spec -> spec.withId("results-status")).getText())
                .isEqualTo("Provisional: not submitted yet");
        String table = _get(Component.class, spec -> spec.withId("domain-results"))
                .getElement()
                .getOuterHTML();
        assertThat(table).contains("data-domain=\"GOV\"").contains("GOV.1.1").contains("MIL3 Managed");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("download-company-pdf"))
                        .getHref())
                .isNotBlank();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("download-company-xlsx"))
                        .getText())
                .isEqualTo("Workbook (Excel)");
        String steps = _get(Component.class, spec -> spec.withId("next-steps"))
                .getElement()
                .getTextRecursively();
        assertThat(steps)
                .startsWith("GOV.1.1")
                .contains("needed for MIL1 Initiated")
                .contains("now: Partially implemented");

        // by framework: NIS2 Art. 21(2)(a) is covered by GOV.1.1 among others, one of which is not achieved
        var nis2 = _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("framework-nis2"));
        assertThat(nis2.getSummaryText()).isEqualTo("NIS2 Art.");
        String points = nis2.getElement().getOuterHTML();
        assertThat(points).contains("21(2)(a)").contains("GOV.1.1").contains("Partially implemented");
        assertThat(points.indexOf("21(2)(a)")).isLessThan(points.indexOf("21(2)(j)"));
        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("framework-iso27001"));
        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("framework-nist_csf"));
    }
}
