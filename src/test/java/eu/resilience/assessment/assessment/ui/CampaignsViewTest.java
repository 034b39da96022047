package eu.resilience.assessment.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.CampaignSummary;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The partnership lead creates a campaign, inviting a whole sector, and sees refusals explained. */
class CampaignsViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    eu.resilience.assessment.organization.OrganizationService organizations;

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

        Grid<CampaignSummary> grid = _get(Grid.class, spec -> spec.withId("campaigns"));
        CampaignSummary created = GridKt._findAll(grid).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
        long energyOperators =
                eu.resilience.assessment.As.user("lead", Role.LEAD, () -> organizations.activeOrganizations()).stream()
                        .filter(o -> o.getSector() == Sector.ENERGY)
                        .count();
        assertThat(energyOperators).isGreaterThanOrEqualTo(3);
        assertThat(created.invited()).isEqualTo((int) energyOperators);
        assertThat(created.questionnaireId()).isEqualTo("quick-check");
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

        assertThat(_get(Paragraph.class, spec -> spec.withId("campaign-error")).getText())
                .isEqualTo("Invite at least one organization.");
    }
}
