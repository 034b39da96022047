package eu.resilience.assessment.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentSummary;
import eu.resilience.assessment.base.ui.ReportLinks;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserSummary;
import eu.resilience.assessment.plan.PlanEntry;
import eu.resilience.assessment.plan.PlanException;
import eu.resilience.assessment.plan.PlanService;
import eu.resilience.assessment.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The organization's improvement plan: its items with owner, due date, priority, status, and whether the next
 * assessment shows the practice improved; coordinators add items from the results and change them, everybody adds notes.
 */
@Route("plan")
@Menu(order = 12, title = "nav.plan")
@RolesAllowed({"RESPONDENT", "ORG_ADMIN"})
public class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final AssessmentService assessments;
    private final UserAdministration users;
    private final ObjectProvider<ReportLinks> reportLinks;
    private final boolean coordinator;
    private final Grid<PlanEntry> grid = new Grid<>();
    private final Div details = new Div();
    private Long source;

    public PlanView(
            PlanService plans,
            AssessmentService assessments,
            UserAdministration users,
            CurrentUser currentUser,
            ObjectProvider<ReportLinks> reportLinks) {
        this.plans = plans;
        this.assessments = assessments;
        this.users = users;
        this.reportLinks = reportLinks;
        this.coordinator = currentUser.hasRole(Role.ORG_ADMIN);
        addClassName("ra-page-xl");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("assessment")
                .flatMap(PlanView::parse);
        List<AssessmentSummary> mine = assessments.assessmentsOfMyOrganization();
        source = asked.filter(id -> mine.stream().anyMatch(a -> a.id() == id && a.questionnaireAvailable()))
                .or(() -> mine.stream()
                        .filter(AssessmentSummary::questionnaireAvailable)
                        .map(AssessmentSummary::id)
                        .findFirst())
                .orElse(null);
        build(mine);
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void build(List<AssessmentSummary> mine) {
        removeAll();
        add(new H2(getTranslation("plan.title")));
        Paragraph explain = new Paragraph(getTranslation("plan.explain"));
        explain.addClassName("ra-muted");
        add(explain);
        HorizontalLayout actions = new HorizontalLayout();
        if (coordinator && source != null) {
            String campaign = mine.stream()
                    .filter(a -> a.id() == source)
                    .map(AssessmentSummary::campaignName)
                    .findFirst()
                    .orElse("");
            Button add = new Button(getTranslation("plan.add-from", campaign), click -> openNew());
            add.setId("plan-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(add);
        }
        add(actions);
        reportLinks.ifAvailable(links -> add(links.forPlan()));

        grid.removeAllColumns();
        grid.setId("plan-items");
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> e.practiceId() + " " + e.practiceText())
                .setHeader(getTranslation("plan.practice"))
                .setFlexGrow(3);
        grid.addColumn(PlanEntry::action)
                .setHeader(getTranslation("plan.action"))
                .setFlexGrow(3);
        grid.addColumn(PlanEntry::owner).setHeader(getTranslation("plan.owner"));
        grid.addComponentColumn(e -> {
                    Span due = new Span(String.valueOf(e.dueOn()));
                    if (e.overdue()) {
                        due.setText(e.dueOn() + " · " + getTranslation("plan.overdue"));
                        due.getElement().getThemeList().add("badge error");
                    }
                    return due;
                })
                .setHeader(getTranslation("plan.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("plan.priority." + e.priority().name()))
                .setHeader(getTranslation("plan.priority"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("plan.status." + e.status().name()))
                .setHeader(getTranslation("plan.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::outcome)
                .setHeader(getTranslation("plan.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addSelectionListener(
                selection -> showDetails(selection.getFirstSelectedItem().orElse(null)));
        add(grid);
        details.setId("plan-details");
        details.setWidthFull();
        add(details);
        refresh();
    }

    private Span outcome(PlanEntry entry) {
        Span outcome = new Span(
                entry.outcome() == null
                        ? "—"
                        : getTranslation("plan.outcome." + entry.outcome().name()));
        if (entry.flagged()) {
            outcome.setText(getTranslation("plan.flagged"));
            outcome.getElement().getThemeList().add("badge error");
        } else if (entry.outcome() != null) {
            outcome.getElement()
                    .getThemeList()
                    .add(entry.outcome() == eu.resilience.assessment.plan.Outcome.IMPROVED ? "badge success" : "badge");
        }
        outcome.getElement().setAttribute("data-item", String.valueOf(entry.id()));
        return outcome;
    }

    private void refresh() {
        List<PlanEntry> entries = plans.myPlan(getLocale());
        grid.setItems(entries);
        grid.setVisible(!entries.isEmpty());
        if (entries.isEmpty()) {
            details.removeAll();
            Paragraph none = new Paragraph(getTranslation("plan.empty"));
            none.setId("plan-empty");
            details.add(none);
        }
    }

    private List<String> usernames() {
        return coordinator
                ? users.myOrganizationsUsers().stream()
                        .filter(UserSummary::active)
                        .map(UserSummary::username)
                        .toList()
                : List.of();
    }

    private void openNew() {
        new PlanItemDialog(
                        plans.candidates(source, getLocale()),
                        null,
                        usernames(),
                        form -> plans.add(source, form),
                        this::refresh)
                .open();
    }

    private void showDetails(PlanEntry entry) {
        details.removeAll();
        if (entry == null) {
            return;
        }
        details.add(new H3(entry.practiceId() + " " + entry.practiceText()));
        if (entry.dropReason() != null) {
            details.add(new Paragraph(getTranslation("plan.dropped-because", entry.dropReason())));
        }
        if (coordinator) {
            Button edit = new Button(getTranslation("plan.edit"), click -> new PlanItemDialog(
                            List.of(), entry, usernames(), form -> plans.update(entry.id(), form), this::refresh)
                    .open());
            edit.setId("plan-edit");
            edit.setEnabled(!entry.status().isClosed());
            details.add(edit);
        }
        UnorderedList notes = new UnorderedList();
        notes.setId("plan-notes");
        for (PlanEntry.Note note : entry.notes()) {
            notes.add(new ListItem(note.author() + ": " + note.text()));
        }
        details.add(new H3(getTranslation("plan.notes")), notes);
        TextArea text = new TextArea(getTranslation("plan.note"));
        text.setId("plan-note");
        text.setWidthFull();
        // a refusal (empty, too long, refused characters) is shown on the note, until it is changed
        text.addValueChangeListener(change -> text.setInvalid(false));
        Button addNote = new Button(getTranslation("plan.add-note"), click -> {
            try {
                plans.addNote(entry.id(), text.getValue());
                refresh();
                plans.myPlan(getLocale()).stream()
                        .filter(e -> e.id() == entry.id())
                        .findFirst()
                        .ifPresent(this::showDetails);
            } catch (PlanException refused) {
                text.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                text.setInvalid(true);
            }
        });
        addNote.setId("plan-add-note");
        details.add(text, addNote);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title");
    }
}
