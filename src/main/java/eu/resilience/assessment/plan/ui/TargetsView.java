package eu.resilience.assessment.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.plan.Target;
import eu.resilience.assessment.plan.TargetService;
import eu.resilience.assessment.plan.TargetTexts;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.questionnaire.QuestionnaireStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Target profiles, for partnership leads and administrators: what each questionnaire version expects, for whom. */
@Route("targets")
@Menu(order = 25, title = "nav.targets")
@RolesAllowed({"LEAD", "ADMIN"})
public class TargetsView extends VerticalLayout implements HasDynamicTitle {

    private final TargetService targets;
    private final QuestionnaireService questionnaires;
    private final Grid<Target> grid = new Grid<>();

    public TargetsView(TargetService targets, QuestionnaireService questionnaires) {
        this.targets = targets;
        this.questionnaires = questionnaires;
        List<Questionnaire> catalogue = questionnaires.catalogue().stream()
                .filter(q -> q.status() == QuestionnaireStatus.PUBLISHED)
                .toList();
        Button create = new Button(
                getTranslation("targets.new"), click -> new TargetDialog(targets, catalogue, this::refresh).open());
        create.setId("new-target");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("targets.title")), create);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        Paragraph explain = new Paragraph(getTranslation("targets.explain"));
        explain.addClassName("ra-muted");
        add(header, explain);
        grid.setId("targets");
        grid.setAllRowsVisible(true);
        grid.addColumn(Target::name).setHeader(getTranslation("targets.name")).setFlexGrow(2);
        grid.addColumn(t -> questionnaires.title(t.questionnaireId(), t.questionnaireVersion(), getLocale()))
                .setHeader(getTranslation("home.questionnaire"));
        grid.addColumn(t -> t.sector() == null ? getTranslation("targets.all") : getTranslation("sector." + t.sector()))
                .setHeader(getTranslation("targets.sector"));
        grid.addColumn(t ->
                        t.sizeClass() == null ? getTranslation("targets.all") : getTranslation("size." + t.sizeClass()))
                .setHeader(getTranslation("targets.size"));
        grid.addColumn(this::describe)
                .setHeader(getTranslation("targets.domains"))
                .setFlexGrow(3);
        add(grid);
        refresh();
    }

    private String describe(Target target) {
        Questionnaire questionnaire = questionnaires
                .find(target.questionnaireId(), target.questionnaireVersion())
                .orElse(null);
        String domains = new TreeMap<>(target.domains())
                .entrySet().stream()
                        .map(e -> e.getKey() + " "
                                + (questionnaire == null
                                        ? String.valueOf(e.getValue())
                                        : TargetTexts.target(questionnaire, e.getValue(), getLocale())))
                        .collect(Collectors.joining(", "));
        String minimums = new TreeMap<>(target.practiceMinimums())
                .entrySet().stream().map(e -> e.getKey() + " ≥ " + e.getValue()).collect(Collectors.joining(", "));
        return minimums.isEmpty() ? domains : domains + "; " + minimums;
    }

    private void refresh() {
        grid.setItems(targets.targets());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.title");
    }
}
