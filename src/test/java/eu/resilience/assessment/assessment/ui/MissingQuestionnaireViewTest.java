package eu.resilience.assessment.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.AssessmentSummary;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An assessment whose questionnaire version is not in the catalogue (its file was removed before any reload kept it):
 * the list of assessments still shows, that line says what is wrong, and its screens say it instead of failing.
 */
class MissingQuestionnaireViewTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    long orphan;

    @BeforeEach
    void cliniqueHasAnAssessmentOnAVersionThatIsNotLoaded() {
        orphan = TestCampaigns.openAssessment(
                campaigns, organizations, "Clinique des Alpes", "cyber-resilience-baseline");
        jdbc.update(
                "update campaign set questionnaire_version = '0.9-gone'"
                        + " where id = (select campaign_id from assessment where id = ?)",
                orphan);
    }

    @Test
    @SuppressWarnings("unchecked")
    void myAssessmentsListsEveryAssessmentAndMarksOnlyTheAffectedOne() {
        login("clinique", Role.ORG_ADMIN);
        UI.getCurrent().navigate(MyAssessmentsView.class);

        Grid<AssessmentSummary> grid = _get(Grid.class, spec -> spec.withId("assessments"));
        var rows = GridKt._findAll(grid);
        assertThat(rows).filteredOn(a -> a.id() == orphan).singleElement().satisfies(a -> {
            assertThat(a.questionnaireAvailable()).isFalse();
            assertThat(a.questionnaireKey()).isEqualTo("cyber-resilience-baseline 0.9-gone");
        });
        assertThat(rows).filteredOn(a -> a.id() != orphan).isNotEmpty().allSatisfy(a -> assertThat(
                        a.questionnaireAvailable())
                .isTrue());
        int row = rows.stream().map(AssessmentSummary::id).toList().indexOf(orphan);
        Span missing = (Span) GridKt._getCellComponent(grid, row, "actions");
        assertThat(missing.getText()).isEqualTo("Questionnaire not available");
        assertThat(missing.getTitle()).hasValueSatisfying(why -> assertThat(why)
                .contains("cyber-resilience-baseline 0.9-gone")
                .contains("your answers are kept"));
    }

    @Test
    void theAffectedAssessmentsScreensSayWhyInsteadOfFailing() {
        login("clinique", Role.ORG_ADMIN);

        for (Class<? extends com.vaadin.flow.component.Component> screen :
                java.util.List.of(AssessmentView.class, ReviewView.class, ResultsView.class)) {
            UI.getCurrent().navigate(screen, AssessmentRoutes.of(orphan));

            assertThat(_get(Paragraph.class, spec -> spec.withId("assessment-unavailable"))
                            .getText())
                    .as(screen.getSimpleName())
                    .contains("cyber-resilience-baseline 0.9-gone");
        }
    }
}
