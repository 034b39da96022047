package eu.resilience.assessment.audit;

import eu.resilience.assessment.assessment.AssessmentName;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.organization.OrganizationService;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the subjects of audit records for the people who read the log: "campaign 7" is "Baseline 2026", an assessment
 * is its organization and campaign, an organization its name. Read through the owning modules' public services, one
 * call per subject type and page (an assessment: one for the assessments, one for their organizations).
 */
@Component
public class AuditSubjects {

    private final CampaignService campaigns;
    private final OrganizationService organizations;

    AuditSubjects(CampaignService campaigns, OrganizationService organizations) {
        this.campaigns = campaigns;
        this.organizations = organizations;
    }

    /** The names of subjects of one type, by id; an id it cannot name (other type, deleted, malformed) is left out. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, String> names(String type, Collection<String> ids) {
        List<Long> numbers =
                ids.stream().map(AuditSubjects::number).filter(Objects::nonNull).toList();
        Map<String, String> names = new HashMap<>();
        if (numbers.isEmpty()) {
            return names;
        }
        switch (type) {
            case "campaign" -> campaigns
                    .campaignNames(numbers)
                    .forEach((id, name) -> names.put(String.valueOf(id), name));
            case "organization" -> organizationNames(numbers)
                    .forEach((id, name) -> names.put(String.valueOf(id), name));
            case "assessment" -> {
                List<AssessmentName> assessments = campaigns.assessmentNames(numbers);
                Map<Long, String> organizationNames = organizationNames(assessments.stream()
                        .map(AssessmentName::organizationId)
                        .distinct()
                        .toList());
                assessments.forEach(a -> names.put(
                        String.valueOf(a.assessmentId()),
                        organizationNames.getOrDefault(a.organizationId(), "?") + " · " + a.campaignName()));
            }
            default -> {
                // no module names this type: the log shows its type and id
            }
        }
        return names;
    }

    private Map<Long, String> organizationNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        organizations.findAll(ids).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    private static Long number(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }
}
