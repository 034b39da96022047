package eu.resilience.assessment.organization;

import eu.resilience.assessment.audit.AuditSubjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Organizations by their name, for the audit log (one query). */
@Component
class OrganizationAuditSubjects implements AuditSubjects {

    private final OrganizationRepository organizations;

    OrganizationAuditSubjects(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public Set<String> types() {
        return Set.of("organization");
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, String> names(String type, Collection<String> ids) {
        List<Long> numbers = ids.stream()
                .filter(id -> id != null && id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
        Map<String, String> names = new HashMap<>();
        organizations.findAllById(numbers).forEach(o -> names.put(String.valueOf(o.getId()), o.getName()));
        return names;
    }
}
