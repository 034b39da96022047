package eu.resilience.assessment.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.StatementCounter;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentStatus;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import eu.resilience.assessment.report.ReportService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the main screens cost in SQL statements, counted on the demo data: a screen's cost must not grow with the
 * number of campaigns or assessments behind it (no query per row).
 */
class MainScreenStatementsTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ReportService reports;

    @Test
    void theLeadsCampaignListCostsTheSameWhateverTheNumberOfCampaigns() {
        login("lead", Role.LEAD);
        int before = opening("campaigns");

        addTwoAssessmentsForNordgrid();
        int after = opening("campaigns");

        assertThat(after).as("statements with two more campaigns").isEqualTo(before);
        assertThat(before).as("statements to open the campaign list").isLessThanOrEqualTo(12);
    }

    @Test
    void anOrganizationsAssessmentListCostsTheSameWhateverTheNumberOfAssessments() {
        login("coordinator", Role.ORG_ADMIN);
        int before = opening("assessments");

        addTwoAssessmentsForNordgrid();
        int after = opening("assessments");

        assertThat(after).as("statements with two more assessments").isEqualTo(before);
        assertThat(before).as("statements to open My assessments").isLessThanOrEqualTo(8);
    }

    @Test
    void theQuestionnaireScreenReadsItsAnswersOnce() {
        long assessment =
                TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "cyber-resilience-baseline");
        login("respondent", Role.RESPONDENT);

        int statements = opening("assessments/" + assessment);

        // 104 practices: a query per practice or per domain would show here
        assertThat(statements).as("statements to open the questionnaire").isLessThanOrEqualTo(4);
    }

    @Test
    void theBenchmarkDashboardCostsTheSameWhateverTheNumberOfCampaigns() {
        login("lead", Role.LEAD);
        int before = opening("benchmarks");

        addTwoAssessmentsForNordgrid();
        int after = opening("benchmarks");

        assertThat(after).as("statements with two more campaigns").isEqualTo(before);
        assertThat(before).as("statements to open the benchmark dashboard").isLessThanOrEqualTo(40);
    }

    @Test
    void theCompanyReportReadsTheAssessmentOnceAndItsAnswersOnce() {
        long assessment = nordgridsSubmittedAssessment();

        List<String> sql = As.user(
                "coordinator",
                Role.ORG_ADMIN,
                () -> StatementCounter.sql(() -> reports.companyPdf(assessment, null, Locale.ENGLISH)));

        // the tenancy check of the benchmark service reads the assessment row alone (no answers): one full read
        assertThat(sql.stream().filter(q -> q.matches("(?is)select .* from answer .*")))
                .as("reads of the answers")
                .hasSize(1);
        assertThat(sql.size()).as("statements for one company PDF").isLessThanOrEqualTo(40);
    }

    private long nordgridsSubmittedAssessment() {
        return As.user("coordinator", Role.ORG_ADMIN, () -> assessments.assessmentsOfMyOrganization()).stream()
                .filter(a -> a.status() == AssessmentStatus.SUBMITTED)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static int opening(String route) {
        UI.getCurrent().navigate("profile"); // a screen of every role, so that the route is really opened
        int statements = StatementCounter.count(() -> UI.getCurrent().navigate(route));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(route);
        return statements;
    }

    private void addTwoAssessmentsForNordgrid() {
        TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "quick-check");
        TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "quick-check");
    }
}
