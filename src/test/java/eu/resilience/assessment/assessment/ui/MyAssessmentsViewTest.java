package eu.resilience.assessment.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.AssessmentSummary;
import eu.resilience.assessment.organization.Role;
import org.junit.jupiter.api.Test;

class MyAssessmentsViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void listsTheOrganizationsAssessmentsAndOpensOne() {
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate(MyAssessmentsView.class);

        Grid<AssessmentSummary> grid = _get(Grid.class, spec -> spec.withId("assessments"));
        assertThat(GridKt._findAll(grid))
                .extracting(AssessmentSummary::campaignName)
                .anySatisfy(name -> assertThat(name).startsWith("Baseline"));
        AssessmentSummary baseline = GridKt._findAll(grid).stream()
                .filter(a -> a.campaignName().startsWith("Baseline"))
                .findFirst()
                .orElseThrow();
        Button open =
                (Button) GridKt._getCellComponent(grid, GridKt._findAll(grid).indexOf(baseline), "actions")
                        .getChildren()
                        .findFirst()
                        .orElseThrow();
        open.click();
        assertThat(_get(DomainNav.class).label("GOV")).startsWith("GOV · ");
    }
}
