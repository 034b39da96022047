package eu.resilience.assessment.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.authoring.Problem;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The authoring screen of administrators: the template download, a refused upload and an accepted one. */
class AuthoringViewTest extends KaribuTest {

    @Autowired
    QuestionnaireService questionnaires;

    @Value("${resilience.questionnaires.directory}")
    Path folder;

    @SuppressWarnings("unchecked")
    private static Grid<Problem> problems() {
        return _get(Grid.class, spec -> spec.withId("authoring-problems"));
    }

    @Test
    void choosingAQuestionnaireOffersItsTemplate() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(AuthoringView.class);
        _assertNone(Anchor.class, spec -> spec.withId("template-download"));

        @SuppressWarnings("unchecked")
        Select<Questionnaire> select = _get(Select.class, spec -> spec.withId("template-questionnaire"));
        select.setValue(select.getListDataView()
                .getItems()
                .filter(q -> q.id().equals("quick-check"))
                .findFirst()
                .orElseThrow());

        Anchor download = _get(Anchor.class, spec -> spec.withId("template-download"));
        assertThat(download.getHref()).isNotBlank();
    }

    @Test
    void aRefusedFileListsEveryProblemWithItsPlaceInTheUsersLanguage() {
        login("admin", Role.ADMIN);
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(AuthoringView.class);
        AuthoringView view = _get(AuthoringView.class);

        view.importLibrary(
                "broken.yaml",
                ("objects:\n  framework:\n    ref_id: x\n    name: X\n    requirement_nodes:\n"
                                + "      - {urn: 'u:a', assessable: true, parent_urn: 'u:none', description: D}\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Span.class, spec -> spec.withId("authoring-outcome")).getText())
                .isEqualTo("Refusé, rien n'a été écrit : 1 problème.");
        assertThat(GridKt._size(problems())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(problems(), 0))
                .containsExactly(
                        "u:a", "", "parent_urn", "Le parent u:none n'est pas un nœud précédent du référentiel.");
    }

    @Test
    void anAcceptedLibraryIsWrittenAsADraftAndItsNotesAreListed() throws IOException {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(AuthoringView.class);
        AuthoringView view = _get(AuthoringView.class);
        byte[] library;
        try (InputStream in = getClass().getResourceAsStream("/authoring/maturity-library.yaml")) {
            library = in.readAllBytes();
        }
        try {
            view.importLibrary("maturity-library.yaml", library);

            assertThat(_get(Span.class, spec -> spec.withId("authoring-outcome"))
                            .getText())
                    .startsWith("Draft written: harbour-mm-2.yaml (");
            assertThat(GridKt._size(problems())).isGreaterThan(3);
            assertThat(questionnaires.find("harbour-mm", "2")).isPresent();
        } finally {
            Files.deleteIfExists(folder.resolve("harbour-mm-2.yaml"));
            As.user("admin", Role.ADMIN, () -> questionnaires.reload());
        }
    }
}
