package eu.resilience.assessment.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.audit.AuditEvent;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.OrganizationForm;
import eu.resilience.assessment.organization.ProfileForm;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.organization.TestOrganizations;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator reads the audit log, newest first, filtered by who, what and when. */
@SuppressWarnings("unchecked")
class AuditLogViewTest extends KaribuTest {

    @Autowired
    OrganizationAdministration organizations;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TestOrganizations organizationRepository;

    @Test
    void theLogIsFilteredByWhoWhatAndWhenNewestFirst() {
        String name = "Audited " + UUID.randomUUID();
        As.user(
                "admin",
                Role.ADMIN,
                () -> organizations.create(
                        new OrganizationForm(name + " 1", new ProfileForm(Sector.SPACE, null, SizeClass.MICRO, "FR"))));
        As.user(
                "admin",
                Role.ADMIN,
                () -> organizations.create(
                        new OrganizationForm(name + " 2", new ProfileForm(Sector.SPACE, null, SizeClass.MICRO, "FR"))));
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(AuditLogView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("audit-who")), "ADMIN");
        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-what")), "ORGANIZATION_CREATED");
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("audit-from")),
                LocalDate.now().minusDays(1));
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("audit-to")),
                LocalDate.now().plusDays(1));

        Grid<AuditEvent> grid = _get(Grid.class, spec -> spec.withId("audit-events"));
        List<AuditEvent> shown = GridKt._findAll(grid);
        assertThat(shown).allSatisfy(e -> {
            assertThat(e.getUsername()).isEqualTo("admin");
            assertThat(e.getAction()).isEqualTo("ORGANIZATION_CREATED");
        });
        assertThat(shown.get(0).getNewValue()).startsWith(name + " 2");
        assertThat(shown.get(1).getNewValue()).startsWith(name + " 1");

        _setValue(
                _get(DatePicker.class, spec -> spec.withId("audit-to")),
                LocalDate.now().minusDays(2));
        assertThat(GridKt._findAll(grid)).isEmpty();
    }

    @Test
    void subjectsAreNamedNotNumbered() {
        String name = "Named " + UUID.randomUUID();
        As.user(
                "admin",
                Role.ADMIN,
                () -> organizations.create(
                        new OrganizationForm(name, new ProfileForm(Sector.SPACE, null, SizeClass.MICRO, "FR"))));
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(AuditLogView.class);
        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-what")), "ORGANIZATION_CREATED");

        Grid<AuditEvent> grid = _get(Grid.class, spec -> spec.withId("audit-events"));
        AuditEvent created = GridKt._findAll(grid).get(0);
        assertThat(created.getNewValue()).startsWith(name);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Organization: " + name);
        assertThat(GridKt._getFormattedRow(grid, 0)).doesNotContain("organization " + created.getSubjectId());
    }

    @Test
    void campaignsAndAssessmentsAreNamedThroughTheirModule() {
        long assessment = TestCampaigns.openAssessment(
                campaigns, organizationRepository, "Nordgrid Energy", "cyber-resilience-baseline");
        As.user(
                "respondent",
                Role.RESPONDENT,
                () -> assessments.saveAnswer(
                        assessment, "GOV.1.1", AnswerInput.empty().withOption("largely"), -1));
        String campaign =
                As.user("respondent", Role.RESPONDENT, () -> assessments.assessmentsOfMyOrganization()).stream()
                        .filter(a -> a.id() == assessment)
                        .findFirst()
                        .orElseThrow()
                        .campaignName();
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(AuditLogView.class);
        Grid<AuditEvent> grid = _get(Grid.class, spec -> spec.withId("audit-events"));

        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-what")), "ANSWER_CHANGED");
        assertThat(GridKt._findAll(grid).get(0).getSubjectId()).isEqualTo(String.valueOf(assessment));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Assessment: Nordgrid Energy · " + campaign);

        _setValue(_get(ComboBox.class, spec -> spec.withId("audit-what")), "CAMPAIGN_CREATED");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Campaign: " + campaign);
    }
}
