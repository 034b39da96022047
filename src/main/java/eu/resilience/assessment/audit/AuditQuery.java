package eu.resilience.assessment.audit;

import java.time.LocalDate;

/**
 * Filters of the audit log; each may be null (no filter).
 *
 * @param username who: the exact username (case ignored)
 * @param action what: the exact action, e.g. {@code USER_CREATED}
 * @param from when: from this day on (inclusive)
 * @param to when: up to this day (inclusive)
 */
public record AuditQuery(String username, String action, LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
