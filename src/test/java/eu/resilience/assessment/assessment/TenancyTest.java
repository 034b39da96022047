package eu.resilience.assessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tenancy is enforced in the services: every assessment operation, by id, as a user of another organization, is refused
 * as "not found", exactly as for an id that does not exist; roles that may not do an operation are refused.
 */
@H2Test
class TenancyTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentRework rework;

    @Autowired
    TestOrganizations organizations;

    long nordgridAssessment;

    @BeforeEach
    void nordgridHasAnAssessment() {
        nordgridAssessment = TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "quick-check");
        As.user(
                "respondent",
                Role.RESPONDENT,
                () -> assessments.saveAnswer(
                        nordgridAssessment, "HYG.1.1", AnswerInput.empty().withOption("step-2"), -1));
    }

    /** Every operation of the assessment service on one assessment id. */
    private List<Consumer<Long>> everyOperation() {
        return List.of(
                id -> assessments.open(id),
                id -> assessments.saveAnswer(id, "HYG.1.1", AnswerInput.empty().withOption("step-5"), 0),
                id -> assessments.currentAnswer(id, "HYG.1.1"),
                id -> assessments.review(id),
                id -> assessments.submit(id),
                id -> assessments.results(id),
                id -> assessments.snapshot(id));
    }

    @Test
    void anotherOrganizationsUserGetsNotFoundForEveryOperation() {
        for (Consumer<Long> operation : everyOperation()) {
            assertThatThrownBy(() -> As.user("clinique", Role.ORG_ADMIN, () -> operation.accept(nordgridAssessment)))
                    .isInstanceOf(AssessmentException.NotFound.class);
        }
        assertThatThrownBy(
                        () -> As.user("clinique", Role.ORG_ADMIN, () -> rework.reopen(nordgridAssessment, "let me in")))
                .isInstanceOf(AssessmentException.NotFound.class);
        assertThat(As.user("respondent", Role.RESPONDENT, () -> assessments.open(nordgridAssessment))
                        .answers()
                        .get("HYG.1.1")
                        .optionId())
                .isEqualTo("step-2");
    }

    @Test
    void anIdThatDoesNotExistIsAnsweredTheSameWay() {
        for (Consumer<Long> operation : everyOperation()) {
            assertThatThrownBy(() -> As.user("respondent", Role.RESPONDENT, () -> operation.accept(987_654_321L)))
                    .isInstanceOf(AssessmentException.NotFound.class)
                    .hasMessage("assessment.not-found");
        }
    }

    @Test
    void theAssessmentListShowsOnlyTheUsersOrganization() {
        List<AssessmentSummary> clinique =
                As.user("clinique", Role.ORG_ADMIN, () -> assessments.assessmentsOfMyOrganization());

        assertThat(clinique).extracting(AssessmentSummary::id).doesNotContain(nordgridAssessment);
    }

    @Test
    void rolesOutsideTheOperatorCannotAnswerAndRespondentsCannotRunCampaigns() {
        List<ThrowingCallable> refused = List.of(
                () -> As.user("lead", Role.LEAD, () -> assessments.open(nordgridAssessment)),
                () -> As.user("admin", Role.ADMIN, () -> assessments.open(nordgridAssessment)),
                () -> As.user(
                        "lead",
                        Role.LEAD,
                        () -> assessments.saveAnswer(nordgridAssessment, "HYG.1.1", AnswerInput.empty(), 0)),
                () -> As.user("respondent", Role.RESPONDENT, () -> rework.reopen(nordgridAssessment, "x")),
                () -> As.user("coordinator", Role.ORG_ADMIN, () -> rework.returnForRework(nordgridAssessment, "x")),
                () -> As.user("respondent", Role.RESPONDENT, () -> campaigns.campaigns()),
                () -> As.user(
                        "coordinator",
                        Role.ORG_ADMIN,
                        () -> campaigns.create(new CampaignForm(
                                "mine", "quick-check", "1.0", LocalDate.now(), LocalDate.now(), Set.of(1L), false))));
        for (ThrowingCallable call : refused) {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
    }
}
