package eu.resilience.assessment.questionnaire.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.base.ui.NotFoundView;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The questionnaire catalogue and detail screens, as each role sees them. */
class CatalogViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<Questionnaire> catalogue() {
        return _get(Grid.class, spec -> spec.withId("catalogue"));
    }

    @Test
    void aRespondentSeesBothShippedQuestionnairesButNoLoadErrors() {
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate(CatalogView.class);

        Grid<Questionnaire> grid = catalogue();
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(2);
        assertThat(GridKt._findAll(grid))
                .extracting(Questionnaire::id)
                .contains("cyber-resilience-baseline", "quick-check");
        _assertNone(VerticalLayout.class, spec -> spec.withId("load-errors"));
    }

    @Test
    void anAdministratorSeesTheLoadErrorsPanel() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(CatalogView.class);

        VerticalLayout errors = _get(VerticalLayout.class, spec -> spec.withId("load-errors"));
        assertThat(errors.isVisible()).isTrue();
    }

    @Test
    void theDetailShowsDomainsCountsPerLevelAndAPreviewOfTheQuestions() {
        login("lead", Role.LEAD);
        UI.getCurrent()
                .navigate(
                        QuestionnaireView.class,
                        new RouteParameters(Map.of("id", "cyber-resilience-baseline", "version", "1.0")));

        assertThat(_get(H2.class).getText()).isEqualTo("Cyber resilience baseline");
        String overview = _get(Component.class, spec -> spec.withId("domain-overview"))
                .getElement()
                .getOuterHTML();
        assertThat(overview).contains("MIL1").contains("MIL2").contains("MIL3");
        Details firstDomain = _find(Details.class).stream()
                .filter(d -> d.getId().orElse("").startsWith("domain-"))
                .findFirst()
                .orElseThrow();
        assertThat(_find(Div.class, spec -> spec.withClasses("ra-card"))).isEmpty();

        firstDomain.setOpened(true);

        assertThat(_find(Div.class, spec -> spec.withClasses("ra-card"))).isNotEmpty();
    }

    @Test
    void anUnknownQuestionnaireShowsNotFound() {
        login("respondent", Role.RESPONDENT);
        UI.getCurrent()
                .navigate(
                        QuestionnaireView.class,
                        new RouteParameters(Map.of("id", "no-such-questionnaire", "version", "9.9")));

        _get(NotFoundView.class);
        _assertNone(QuestionnaireView.class);
    }

    @Test
    void clickingARowOpensTheQuestionnaire() {
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate(CatalogView.class);
        Grid<Questionnaire> grid = catalogue();
        int quickCheck =
                GridKt._findAll(grid).stream().map(Questionnaire::id).toList().indexOf("quick-check");

        GridKt._clickItem(grid, quickCheck);

        assertThat(_get(H2.class).getText()).containsIgnoringCase("quick check");
    }
}
