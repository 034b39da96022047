package eu.resilience.assessment.assessment;

import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organizations of a campaign's assessments, read from the organization module in one query (an assessment keeps
 * only its organization's id), and the assessments in the order of their organizations' names.
 */
record InvitedOrganizations(List<Assessment> assessments, Map<Long, OrganizationSummary> byId) {

    static InvitedOrganizations of(List<Assessment> assessments, OrganizationService organizations) {
        Map<Long, OrganizationSummary> byId = new HashMap<>();
        if (!assessments.isEmpty()) {
            organizations
                    .findAll(assessments.stream()
                            .map(Assessment::getOrganizationId)
                            .distinct()
                            .toList())
                    .forEach(o -> byId.put(o.id(), o));
        }
        List<Assessment> byName = assessments.stream()
                .sorted(Comparator.comparing((Assessment a) ->
                                byId.get(a.getOrganizationId()).name())
                        .thenComparing(Assessment::getId))
                .toList();
        return new InvitedOrganizations(byName, byId);
    }

    OrganizationSummary of(Assessment assessment) {
        return byId.get(assessment.getOrganizationId());
    }
}
