package eu.resilience.assessment.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The audit log filters as a query: only the filters that are set become conditions. */
final class AuditSpecifications {

    private AuditSpecifications() {}

    static Specification<AuditEvent> matching(AuditQuery query, ZoneId zone) {
        return (root, criteria, builder) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (query.username() != null && !query.username().isBlank()) {
                conditions.add(builder.equal(
                        builder.lower(root.get("username")),
                        query.username().strip().toLowerCase(Locale.ROOT)));
            }
            if (query.action() != null && !query.action().isBlank()) {
                conditions.add(builder.equal(root.get("action"), query.action().strip()));
            }
            if (query.from() != null) {
                conditions.add(builder.greaterThanOrEqualTo(
                        root.get("occurredAt"), query.from().atStartOfDay(zone).toInstant()));
            }
            if (query.to() != null) {
                conditions.add(builder.lessThan(
                        root.get("occurredAt"),
                        query.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return builder.and(conditions.toArray(Predicate[]::new));
        };
    }
}
