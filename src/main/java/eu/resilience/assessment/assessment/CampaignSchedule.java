package eu.resilience.assessment.assessment;

import eu.resilience.assessment.organization.OrganizationService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The campaigns open on a day, with their participation: for the notification module's scheduled reminders. */
@Service
public class CampaignSchedule {

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final OrganizationService organizations;

    CampaignSchedule(
            CampaignRepository campaigns, AssessmentRepository assessments, OrganizationService organizations) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.organizations = organizations;
    }

    /** Every campaign open on the day (from its opening day to its closing day, both included). */
    @Transactional(readOnly = true)
    public List<OpenCampaign> openOn(LocalDate day) {
        return campaigns.findByOpensOnLessThanEqualAndClosesOnGreaterThanEqualOrderById(day, day).stream()
                .map(campaign -> new OpenCampaign(
                        campaign.getId(),
                        campaign.getName(),
                        campaign.getOpensOn(),
                        campaign.getClosesOn(),
                        campaign.getCreatedAt(),
                        campaign.getCreatedBy(),
                        campaign.getReminderDays(),
                        invitees(campaign.getId())))
                .toList();
    }

    private List<OpenCampaign.Invitee> invitees(long campaignId) {
        InvitedOrganizations invited = InvitedOrganizations.of(assessments.findByCampaignId(campaignId), organizations);
        return invited.assessments().stream()
                .map(a -> new OpenCampaign.Invitee(
                        a.getOrganizationId(), invited.of(a).name(), a.getId(), a.getStatus()))
                .toList();
    }
}
