package eu.resilience.assessment.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignForm;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.organization.Organization;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import eu.resilience.assessment.plan.DomainTarget;
import eu.resilience.assessment.plan.PlanCandidate;
import eu.resilience.assessment.plan.PlanEntry;
import eu.resilience.assessment.plan.Target;
import eu.resilience.assessment.plan.TargetGap;
import eu.resilience.assessment.plan.TargetService;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The target and plan screens, browserless: a lead sets a target on the target screen; the operator sees the gap on the
 * results, the coordinator plans an item from it, a respondent adds a note and cannot add items.
 */
@SuppressWarnings("unchecked")
class PlanViewsTest extends KaribuTest {

    @Autowired
    TargetService targets;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TestOrganizations organizations;

    @Test
    void aLeadSetsATargetPerDomainOnTheTargetScreen() {
        login("lead", Role.LEAD);
        UI.getCurrent().navigate(TargetsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-target")));
        String name = "Hygiene first " + UUID.randomUUID();
        _setValue(_get(TextField.class, spec -> spec.withId("target-name")), name);
        ComboBox<Questionnaire> questionnaire = _get(ComboBox.class, spec -> spec.withId("target-questionnaire"));
        _setValue(
                questionnaire,
                questionnaire
                        .getListDataView()
                        .getItems()
                        .filter(q -> q.id().equals("quick-check"))
                        .findFirst()
                        .orElseThrow());
        Select<DomainTarget> hygiene = _get(Select.class, spec -> spec.withId("target-domain-HYG"));
        _setValue(hygiene, DomainTarget.band("managed"));
        ComboBox<Practice> practice = _get(ComboBox.class, spec -> spec.withId("target-practice"));
        _setValue(
                practice,
                practice.getListDataView()
                        .getItems()
                        .filter(p -> p.id().equals("BKP.1.1"))
                        .findFirst()
                        .orElseThrow());
        Select<eu.resilience.assessment.questionnaire.ScaleOption> minimum =
                _get(Select.class, spec -> spec.withId("target-minimum"));
        _setValue(
                minimum,
                minimum.getListDataView()
                        .getItems()
                        .filter(o -> o.id().equals("step-4"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("target-add-minimum")));
        _click(_get(Button.class, spec -> spec.withId("target-create")));

        Grid<Target> grid = _get(Grid.class, spec -> spec.withId("targets"));
        Target created = GridKt._findAll(grid).stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(created.domains()).containsEntry("HYG", DomainTarget.band("managed"));
        assertThat(created.practiceMinimums()).containsEntry("BKP.1.1", "step-4");
        assertThat(created.sector()).isNull();
    }

    @Test
    void theTargetDialogShowsMissingFieldsAndATakenNameOnTheirFieldsAndClearsThemOnceFixed() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(TargetsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-target")));
        TextField name = _get(TextField.class, spec -> spec.withId("target-name"));
        ComboBox<Questionnaire> questionnaire = _get(ComboBox.class, spec -> spec.withId("target-questionnaire"));
        _click(_get(Button.class, spec -> spec.withId("target-create")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the target profile a name.");
        assertThat(questionnaire.isInvalid()).isTrue();
        assertThat(questionnaire.getErrorMessage()).isEqualTo("Choose the questionnaire version the target is for.");

        String taken = "Taken " + UUID.randomUUID();
        _setValue(name, taken);
        assertThat(name.isInvalid()).as("cleared as soon as the name is given").isFalse();
        _setValue(questionnaire, quickCheck(questionnaire));
        assertThat(questionnaire.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("target-create")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("target-error")).getText())
                .as("a refusal about no single field is shown under the form")
                .isEqualTo("Set a target for at least one domain or a minimum for at least one practice.");
        _setValue(_get(Select.class, spec -> spec.withId("target-domain-HYG")), DomainTarget.band("managed"));
        _click(_get(Button.class, spec -> spec.withId("target-create")));

        _click(_get(Button.class, spec -> spec.withId("new-target")));
        name = _get(TextField.class, spec -> spec.withId("target-name"));
        questionnaire = _get(ComboBox.class, spec -> spec.withId("target-questionnaire"));
        _setValue(name, taken);
        _setValue(questionnaire, quickCheck(questionnaire));
        _setValue(_get(Select.class, spec -> spec.withId("target-domain-HYG")), DomainTarget.band("managed"));
        _click(_get(Button.class, spec -> spec.withId("target-create")));
        assertThat(name.isInvalid())
                .as("the service's refusal is shown on the field it is about")
                .isTrue();
        assertThat(name.getErrorMessage()).startsWith("There is already a target profile named \"" + taken + "\"");
        assertThat(_find(Paragraph.class, spec -> spec.withId("target-error"))).isEmpty();

        _setValue(name, taken + " bis");
        assertThat(name.isInvalid()).as("cleared as soon as the name is fixed").isFalse();
    }

    private static Questionnaire quickCheck(ComboBox<Questionnaire> questionnaire) {
        return questionnaire
                .getListDataView()
                .getItems()
                .filter(q -> q.id().equals("quick-check"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theResultsShowTheGapAndTheCoordinatorPlansAnItemARespondentAddsANote() {
        long assessment = assessmentWithTarget();
        login("coordinator", Role.ORG_ADMIN);
        UI.getCurrent().navigate("assessments/" + assessment + "/results");

        Div section = _get(Div.class, spec -> spec.withId("target-gap"));
        Grid<TargetGap.DomainGap> gap = _get(section, Grid.class, spec -> spec.withId("gap-table"));
        TargetGap.DomainGap hygiene = GridKt._get(gap, 0);
        assertThat(hygiene.domain().id()).isEqualTo("HYG");
        assertThat(hygiene.reached()).isFalse();
        assertThat(GridKt._getFormattedRow(gap, 0))
                .contains("Developing", "Defined")
                .anyMatch(cell -> cell.contains("Missing"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("gap-summary")).getText())
                .isEqualTo("5 of 6 domains reach their target.");

        _click(_get(Button.class, spec -> spec.withId("to-plan")));
        _click(_get(Button.class, spec -> spec.withId("plan-add")));
        ComboBox<PlanCandidate> practice = _get(ComboBox.class, spec -> spec.withId("plan-practice"));
        // the gap's practices come first, in the order of the next steps
        PlanCandidate first = practice.getListDataView().getItem(0);
        assertThat(first.practice().domainId()).isEqualTo("HYG");
        _setValue(practice, first);
        TextArea action = _get(TextArea.class, spec -> spec.withId("plan-action"));
        assertThat(action.getValue()).isEqualTo(first.recommendation()).isNotBlank();
        String text = "Inventory in the CMDB " + UUID.randomUUID();
        _setValue(action, text);
        _setValue(_get(ComboBox.class, spec -> spec.withId("plan-owner")), "respondent");
        // an empty action is shown on its field, and cleared once written
        _setValue(action, "");
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(action.isInvalid()).isTrue();
        assertThat(action.getErrorMessage()).isEqualTo("Describe the action.");
        _setValue(action, text);
        assertThat(action.isInvalid()).isFalse();
        // a date in the past is refused by the service and the dialog says why on the date
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("plan-due"));
        _setValue(due, LocalDate.now().minusDays(3));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("plan-error"))).isEmpty();
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage())
                .startsWith("The due date "
                        + LocalDate.now()
                                .minusDays(3)
                                .format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                                                java.time.format.FormatStyle.MEDIUM)
                                        .withLocale(java.util.Locale.ENGLISH))
                        + " is in the past");
        _setValue(due, LocalDate.now().plusMonths(1));
        assertThat(due.isInvalid()).as("cleared as soon as the date is changed").isFalse();
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        Grid<PlanEntry> items = _get(Grid.class, spec -> spec.withId("plan-items"));
        PlanEntry planned = GridKt._findAll(items).stream()
                .filter(e -> e.action().equals(text))
                .findFirst()
                .orElseThrow();
        assertThat(planned.owner()).isEqualTo("respondent");
        assertThat(planned.practiceId()).isEqualTo(first.practice().id());

        // a respondent sees the plan, adds a note, but cannot add items
        tearDownVaadin();
        setUpVaadin();
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate(PlanView.class);
        assertThat(_find(Button.class, spec -> spec.withId("plan-add"))).isEmpty();
        Grid<PlanEntry> seen = _get(Grid.class, spec -> spec.withId("plan-items"));
        seen.select(GridKt._findAll(seen).stream()
                .filter(e -> e.id() == planned.id())
                .findFirst()
                .orElseThrow());
        assertThat(_find(Button.class, spec -> spec.withId("plan-edit"))).isEmpty();
        TextArea note = _get(TextArea.class, spec -> spec.withId("plan-note"));
        _click(_get(Button.class, spec -> spec.withId("plan-add-note")));
        assertThat(note.isInvalid()).as("an empty note is refused on its field").isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Write the note.");
        _setValue(note, "Started with the servers");
        assertThat(note.isInvalid()).as("cleared as soon as it is written").isFalse();
        _click(_get(Button.class, spec -> spec.withId("plan-add-note")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("plan-notes"))
                        .getChildren()
                        .map(c -> c.getElement().getText()))
                .containsExactly("respondent: Started with the servers");
    }

    @Test
    void aLeadPublishesThePlanFiguresAndSeesSmallCellsHiddenWithTheirReason() {
        long assessment = assessmentWithTarget();
        As.user(
                "coordinator",
                Role.ORG_ADMIN,
                () -> plans.add(
                        assessment,
                        new eu.resilience.assessment.plan.PlanItemForm(
                                "ACC.1.1",
                                "Turn on MFA",
                                null,
                                null,
                                LocalDate.now().plusDays(10),
                                eu.resilience.assessment.plan.Priority.HIGH,
                                null,
                                null)));
        login("lead", Role.LEAD);
        UI.getCurrent().navigate(PartnershipPlansView.class);

        _click(_get(Button.class, spec -> spec.withId("publish-plan-release")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("plans-message")).getText())
                .matches("Release \\d+ is published\\.");
        Grid<eu.resilience.assessment.plan.PlanFigures.Cell> grid =
                _get(Grid.class, spec -> spec.withId("plan-figures"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).domainId().equals("ACC")
                        && GridKt._get(grid, i).sector().equals("energy"))
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row)).contains("fewer than k organizations");
        // publishing again with nothing changed is refused, with the reason
        _click(_get(Button.class, spec -> spec.withId("publish-plan-release")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plans-message")).getText())
                .startsWith("No organization's plan changed");
    }

    @Autowired
    eu.resilience.assessment.plan.PlanService plans;

    /** A quick-check campaign for Nordgrid Energy naming a target (hygiene "defined"), every practice at step 2. */
    private long assessmentWithTarget() {
        long target = As.user(
                "lead",
                Role.LEAD,
                () -> targets.create(new Target(
                        0,
                        "Screen target " + UUID.randomUUID(),
                        "quick-check",
                        "1.0",
                        null,
                        null,
                        java.util.Map.of("HYG", DomainTarget.band("defined")),
                        java.util.Map.of())));
        long nordgrid = organizations
                .findByName("Nordgrid Energy")
                .map(Organization::getId)
                .orElseThrow();
        long campaign = As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.create(new CampaignForm(
                        "Screen test " + UUID.randomUUID(),
                        "quick-check",
                        "1.0",
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(20),
                        Set.of(nordgrid),
                        false,
                        null,
                        target)));
        long assessment = As.user("lead", Role.LEAD, () -> campaigns.participation(campaign))
                .get(0)
                .assessmentId();
        As.user("respondent", Role.RESPONDENT, () -> {
            var work = assessments.open(assessment);
            for (Practice practice : work.questionnaire().practices()) {
                if (!work.hiddenPractices().contains(practice.id())) {
                    assessments.saveAnswer(
                            assessment, practice.id(), AnswerInput.empty().withOption("step-2"), -1);
                }
            }
        });
        return assessment;
    }
}
