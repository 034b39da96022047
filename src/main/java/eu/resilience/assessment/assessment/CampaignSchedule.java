package eu.resilience.assessment.assessment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The campaigns open on a day, with their participation: for the notification module's scheduled reminders. */
@Service
public class CampaignSchedule {

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;

    CampaignSchedule(CampaignRepository campaigns, AssessmentRepository assessments) {
        this.campaigns = campaigns;
        this.assessments = assessments;
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
                        assessments.findByCampaignIdOrderByOrganizationName(campaign.getId()).stream()
                                .map(a -> new OpenCampaign.Invitee(
                                        a.getOrganization().getId(),
                                        a.getOrganization().getName(),
                                        a.getId(),
                                        a.getStatus()))
                                .toList()))
                .toList();
    }
}
