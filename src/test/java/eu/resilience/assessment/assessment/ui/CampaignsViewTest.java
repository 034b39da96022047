package eu.resilience.assessment.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.CampaignSummary;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The partnership lead creates a campaign, inviting a whole sector, and sees refusals explained. */
class CampaignsViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    eu.resilience.assessment.organization.OrganizationService organizations;

    @org.springframework.beans.factory.annotation.Autowired
    eu.resilience.assessment.assessment.CampaignService campaigns;

    @Test
    @SuppressWarnings("unchecked")
    void aLeadCreatesACampaignForAWholeSector() {
        login("lead", Role.LEAD);
        UI.getCurrent().navigate(CampaignsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        String name = "Energy check " + UUID.randomUUID();

        _setValue(_get(TextField.class, spec -> spec.withId("campaign-name")), name);
        ComboBox<Questionnaire> questionnaire = _get(ComboBox.class, spec -> spec.withId("campaign-questionnaire"));
        _setValue(
                questionnaire,
                questionnaire
                        .getListDataView()
                        .getItems()
                        .filter(q -> q.id().equals("quick-check"))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(ComboBox.class, spec -> spec.withId("campaign-sector")), Sector.ENERGY);
        _click(_get(Button.class, spec -> spec.withId("campaign-create")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("campaign-confirm"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text ->
                        assertThat(text).startsWith("\"" + name + "\": ").contains("organizations"));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("campaign-overlap")))
                .as("Nordgrid Energy is in the open quick check: warned, and created all the same")
                .anySatisfy(p -> assertThat(p.getText()).contains("Quick check").contains("Nordgrid Energy"));
        ConfirmDialogKt._fireConfirm(confirm);

        Grid<CampaignSummary> grid = _get(Grid.class, spec -> spec.withId("campaigns"));
        CampaignSummary created = GridKt._findAll(grid).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
        long energyOperators =
                eu.resilience.assessment.As.user("lead", Role.LEAD, () -> organizations.activeOrganizations()).stream()
                        .filter(o -> o.sector() == Sector.ENERGY)
                        .count();
        assertThat(energyOperators).isGreaterThanOrEqualTo(3);
        assertThat(created.invited()).isEqualTo((int) energyOperators);
        assertThat(created.questionnaireId()).isEqualTo("quick-check");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachFieldShowsItsOwnErrorUntilItIsFixedAndNothingIsCreatedMeanwhile() {
        login("lead", Role.LEAD);
        UI.getCurrent().navigate(CampaignsView.class);
        int before = _get(Grid.class, spec -> spec.withId("campaigns"))
                .getGenericDataView()
                .getItems()
                .toList()
                .size();
        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        TextField name = _get(TextField.class, spec -> spec.withId("campaign-name"));
        ComboBox<Questionnaire> questionnaire = _get(ComboBox.class, spec -> spec.withId("campaign-questionnaire"));
        MultiSelectComboBox<?> organizations =
                _get(MultiSelectComboBox.class, spec -> spec.withId("campaign-organizations"));
        DatePicker opens = _get(DatePicker.class, spec -> spec.withId("campaign-opens"));
        DatePicker closes = _get(DatePicker.class, spec -> spec.withId("campaign-closes"));
        TextField reminders = _get(TextField.class, spec -> spec.withId("campaign-reminders"));

        _setValue(reminders, "14, soon");
        _setValue(closes, opens.getValue().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("campaign-create")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the campaign a name.");
        assertThat(questionnaire.getErrorMessage()).isEqualTo("Choose the questionnaire.");
        assertThat(organizations.isInvalid()).isTrue();
        assertThat(organizations.getErrorMessage()).isEqualTo("Invite at least one organization.");
        assertThat(closes.getErrorMessage()).isEqualTo("The closing date must not be before the opening date.");
        assertThat(reminders.getErrorMessage())
                .isEqualTo("Reminder days are whole numbers from 1 to 90, separated by commas.");
        assertThat(_find(ConfirmDialog.class)).isEmpty();

        _setValue(name, "Fixed " + UUID.randomUUID());
        _setValue(_get(ComboBox.class, spec -> spec.withId("campaign-sector")), Sector.HEALTH);
        _setValue(reminders, "14, 3");
        _setValue(opens, closes.getValue());
        assertThat(name.isInvalid()).isFalse();
        assertThat(organizations.isInvalid()).isFalse();
        assertThat(reminders.isInvalid()).isFalse();
        assertThat(closes.isInvalid())
                .as("the closing day is checked again when the opening day changes")
                .isFalse();
        assertThat(questionnaire.isInvalid()).isTrue();

        _setValue(
                questionnaire,
                questionnaire.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("campaign-create")));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("campaign-confirm")));
        assertThat(_get(Grid.class, spec -> spec.withId("campaigns"))
                        .getGenericDataView()
                        .getItems()
                        .toList())
                .as("cancelled: nothing created")
                .hasSize(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCampaignOverlappingAnOpenCampaignOfTheSameQuestionnaireIsWarnedOfBeforeItIsCreated() {
        login("lead", Role.LEAD);
        CampaignSummary open = eu.resilience.assessment.As.user("lead", Role.LEAD, () -> campaigns.campaigns()).stream()
                .filter(c -> c.name().equals("Baseline " + c.opensOn().getYear())
                        && c.questionnaireId().equals("cyber-resilience-baseline"))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate(CampaignsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        String name = "Second baseline " + UUID.randomUUID();
        _setValue(_get(TextField.class, spec -> spec.withId("campaign-name")), name);
        ComboBox<Questionnaire> questionnaire = _get(ComboBox.class, spec -> spec.withId("campaign-questionnaire"));
        _setValue(
                questionnaire,
                questionnaire
                        .getListDataView()
                        .getItems()
                        .filter(q -> q.id().equals("cyber-resilience-baseline"))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withId("campaign-opens")), open.opensOn());
        _setValue(_get(DatePicker.class, spec -> spec.withId("campaign-closes")), open.closesOn());
        _setValue(_get(ComboBox.class, spec -> spec.withId("campaign-sector")), Sector.ENERGY);
        _click(_get(Button.class, spec -> spec.withId("campaign-create")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("campaign-confirm"));
        List<String> warnings = _find(Paragraph.class, spec -> spec.withClasses("campaign-overlap")).stream()
                .map(Paragraph::getText)
                .toList();
        assertThat(warnings)
                .anySatisfy(w -> assertThat(w)
                        .startsWith("Overlaps the open campaign \"" + open.name() + "\"")
                        .contains("Nordgrid Energy"))
                .noneSatisfy(w ->
                        assertThat(w).contains("Baseline " + (open.opensOn().getYear() - 1)))
                .noneSatisfy(w -> assertThat(w).contains("Quick check"));

        // a warning, not a refusal: the lead may still confirm (cancelled here, so that the demo's baseline stays the
        // only open one of Nordgrid Energy for the other tests)
        assertThat(confirm.isOpened()).isTrue();
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(GridKt._findAll(_get(Grid.class, spec -> spec.withId("campaigns"))).stream()
                        .map(c -> ((CampaignSummary) c).name()))
                .doesNotContain(name);
    }

    @Test
    void aNameAlreadyTakenIsShownOnTheNameFieldAfterConfirmation() {
        login("lead", Role.LEAD);
        UI.getCurrent().navigate(CampaignsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        TextField name = _get(TextField.class, spec -> spec.withId("campaign-name"));
        _setValue(name, "quick check " + java.time.LocalDate.now().getYear());
        @SuppressWarnings("unchecked")
        ComboBox<Questionnaire> questionnaire = _get(ComboBox.class, spec -> spec.withId("campaign-questionnaire"));
        _setValue(
                questionnaire,
                questionnaire.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(ComboBox.class, spec -> spec.withId("campaign-sector")), Sector.HEALTH);
        _click(_get(Button.class, spec -> spec.withId("campaign-create")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("campaign-confirm")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("There is already a campaign named");
        _setValue(name, "A fresh name " + UUID.randomUUID());
        assertThat(name.isInvalid()).isFalse();
    }

    @Test
    void aCampaignWithoutOrganizationsIsRefusedWithAClearMessage() {
        login("lead", Role.LEAD);
        UI.getCurrent().navigate(CampaignsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-campaign")));
        _setValue(_get(TextField.class, spec -> spec.withId("campaign-name")), "Nobody invited");
        @SuppressWarnings("unchecked")
        ComboBox<Questionnaire> questionnaire = _get(ComboBox.class, spec -> spec.withId("campaign-questionnaire"));
        _setValue(
                questionnaire,
                questionnaire.getListDataView().getItems().findFirst().orElseThrow());

        _click(_get(Button.class, spec -> spec.withId("campaign-create")));

        MultiSelectComboBox<?> organizations =
                _get(MultiSelectComboBox.class, spec -> spec.withId("campaign-organizations"));
        assertThat(organizations.isInvalid()).isTrue();
        assertThat(organizations.getErrorMessage()).isEqualTo("Invite at least one organization.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("campaign-error")).getText())
                .isEmpty();
    }
}
