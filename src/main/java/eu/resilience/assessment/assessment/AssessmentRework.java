package eu.resilience.assessment.assessment;

import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a submitted assessment back to work: reopened by its coordinator or a partnership lead, returned for rework
 * with a message by a lead. Both only until the organization's closing day; the submitted snapshot stays in force.
 */
@Service
public class AssessmentRework {

    private final AssessmentAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssessmentRework(AssessmentAccess access, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Reopens a submitted assessment: its coordinator, or a partnership lead. Audited with the reason. Refused after the
     * campaign's closing day (or the organization's extension of it): nobody could submit it again. The refusal sends
     * the coordinator to a lead while an extension is still possible, and says the submission stays as it is once the
     * campaign closed more than {@value CampaignService#MAX_EXTENSION_DAYS} days ago. The submitted snapshot stays in
     * force for benchmarks and trends until a new submission replaces it.
     */
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'LEAD')")
    @Transactional
    public void reopen(long assessmentId, String reason) {
        Assessment assessment = currentUser.hasRole(Role.LEAD)
                ? access.anyAssessment(assessmentId)
                : access.ownAssessment(assessmentId);
        requireSubmitted(assessment);
        InputRules.requireText(reason, "reopen.reason-required", "reason");
        requireBeforeClosing(assessment, "reopen.campaign-closed");
        assessment.reopened();
        events.publishEvent(new AssessmentReopened(assessmentId, assessment.getOrganizationId(), reason));
    }

    /**
     * Returns a submitted assessment for rework with a message the respondents see; partnership leads only. Refused
     * after the closing day unless the deadline is extended for the organization; the submitted snapshot stays in force.
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional
    public void returnForRework(long assessmentId, String message) {
        Assessment assessment = access.anyAssessment(assessmentId);
        requireSubmitted(assessment);
        InputRules.requireText(message, "return.message-required", "return-message");
        requireBeforeClosing(assessment, "return.campaign-closed");
        assessment.returned(message.strip());
        events.publishEvent(new AssessmentReturned(
                assessmentId,
                assessment.getOrganizationId(),
                assessment.getCampaign().getName(),
                assessment.closesOn(),
                message.strip()));
    }

    /**
     * Refuses after the assessment's closing day: with {@code key} while a lead may still extend it, or with
     * {@code key + "-for-good"} once the campaign closed longer ago than any extension may reach.
     */
    private void requireBeforeClosing(Assessment assessment, String key) {
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(assessment.closesOn())) {
            LocalDate campaignCloses = assessment.getCampaign().getClosesOn();
            if (today.isAfter(CampaignService.lastExtensionDay(campaignCloses))) {
                throw new AssessmentException(key + "-for-good", campaignCloses);
            }
            throw new AssessmentException(key, assessment.closesOn());
        }
    }

    private static void requireSubmitted(Assessment assessment) {
        if (assessment.getStatus() != AssessmentStatus.SUBMITTED) {
            throw new AssessmentException("assessment.not-submitted");
        }
    }
}
