package eu.resilience.assessment.assessment;

import eu.resilience.assessment.audit.AuditSubjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns by their name, assessments by their organization and campaign, for the audit log (one query per type). */
@Component
class CampaignAuditSubjects implements AuditSubjects {

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;

    CampaignAuditSubjects(CampaignRepository campaigns, AssessmentRepository assessments) {
        this.campaigns = campaigns;
        this.assessments = assessments;
    }

    @Override
    public Set<String> types() {
        return Set.of("campaign", "assessment");
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, String> names(String type, Collection<String> ids) {
        List<Long> numbers = ids.stream()
                .map(CampaignAuditSubjects::number)
                .filter(Objects::nonNull)
                .toList();
        Map<String, String> names = new HashMap<>();
        if (numbers.isEmpty()) {
            return names;
        }
        if (type.equals("campaign")) {
            campaigns.findAllById(numbers).forEach(c -> names.put(String.valueOf(c.getId()), c.getName()));
        } else if (type.equals("assessment")) {
            assessments
                    .findByIdIn(numbers)
                    .forEach(a -> names.put(
                            String.valueOf(a.getId()),
                            a.getOrganization().getName() + " · "
                                    + a.getCampaign().getName()));
        }
        return names;
    }

    private static Long number(String id) {
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
