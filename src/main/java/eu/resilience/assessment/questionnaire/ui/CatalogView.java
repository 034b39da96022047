package eu.resilience.assessment.questionnaire.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.base.ui.AnsweringLinks;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.questionnaire.LoadError;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** The list of loaded questionnaires; administrators also see the files that failed to load. */
@Route("questionnaires")
@Menu(order = 90, title = "nav.catalogue")
@PermitAll
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

    private final QuestionnaireService questionnaires;
    private final Grid<Questionnaire> grid = new Grid<>();
    private final VerticalLayout errors = new VerticalLayout();

    public CatalogView(
            QuestionnaireService questionnaires,
            CurrentUser currentUser,
            ObjectProvider<AnsweringLinks> answeringLinks) {
        this.questionnaires = questionnaires;
        setSizeFull();
        add(new H2(getTranslation("catalogue.title")));
        Paragraph intro = new Paragraph(getTranslation("catalogue.intro"));
        intro.addClassName("ra-muted");
        add(intro);

        grid.setId("catalogue");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(q -> q.title().in(getLocale()))
                .setHeader(getTranslation("catalogue.column.title"))
                .setFlexGrow(3)
                .setAutoWidth(true)
                .setKey("title");
        grid.addColumn(Questionnaire::version)
                .setHeader(getTranslation("catalogue.column.version"))
                .setKey("version");
        grid.addColumn(q -> getTranslation("status." + q.status().name()))
                .setHeader(getTranslation("catalogue.column.status"));
        grid.addColumn(q -> getTranslation("method." + q.method().name()))
                .setHeader(getTranslation("catalogue.column.method"))
                .setFlexGrow(2);
        grid.addColumn(q -> q.domains().size())
                .setHeader(getTranslation("catalogue.column.domains"))
                .setKey("domains");
        grid.addColumn(q -> q.practices().size())
                .setHeader(getTranslation("catalogue.column.practices"))
                .setKey("practices");
        grid.addColumn(q -> String.join(", ", q.languages())).setHeader(getTranslation("catalogue.column.languages"));
        grid.addColumn(CatalogView::source)
                .setHeader(getTranslation("catalogue.column.source"))
                .setFlexGrow(2)
                .setKey("source");
        answeringLinks.ifAvailable(links -> grid.addComponentColumn(q -> links.forQuestionnaire(q.id(), q.version()))
                .setHeader(getTranslation("catalogue.column.blank"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("blank"));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setAllRowsVisible(true);
        add(grid);

        errors.setPadding(false);
        errors.setId("load-errors");
        if (currentUser.hasRole(Role.ADMIN)) {
            add(errors);
        }
        refresh(currentUser.hasRole(Role.ADMIN));
    }

    /** Where the content comes from, in a few words: "C2M2 v2.1 · U.S. DOE · 2022-06". */
    static String source(Questionnaire questionnaire) {
        var source = questionnaire.source();
        return String.join(
                " · ",
                java.util.stream.Stream.of(source.title(), source.publisher(), source.date())
                        .filter(part -> !part.isEmpty())
                        .toList());
    }

    private void open(Questionnaire questionnaire) {
        getUI().ifPresent(ui -> ui.navigate(QuestionnaireView.class, QuestionnaireView.parameters(questionnaire)));
    }

    private void refresh(boolean admin) {
        grid.setItems(questionnaires.catalogue());
        if (!admin) {
            return;
        }
        errors.removeAll();
        List<LoadError> loadErrors = questionnaires.loadErrors();
        errors.add(new H3(getTranslation("catalogue.errors.title", loadErrors.size())));
        if (loadErrors.isEmpty()) {
            errors.add(new Span(getTranslation("catalogue.errors.none")));
        } else {
            UnorderedList list = new UnorderedList();
            loadErrors.forEach(error -> {
                ListItem item = new ListItem(new Text(error.toString()));
                item.addClassName("ra-error");
                list.add(item);
            });
            errors.add(list);
        }
        Button reload = new Button(getTranslation("catalogue.reload"), click -> {
            questionnaires.reload();
            refresh(true);
        });
        reload.setId("reload");
        errors.add(reload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }
}
