package eu.resilience.assessment.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what users do, in the transaction of the change it records: the modules publish their events there and this
 * module's synchronous listeners write the rows (so a rolled-back change leaves no line, and a failed line rolls the
 * change back); search for administrators.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an action of the current user on a subject, e.g. ("ANSWER_CHANGED", "assessment", "42"). Only this
     * module's listeners call it, with the other modules' events: no module calls the audit log.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(
            String action,
            String subjectType,
            Object subjectId,
            Long organizationId,
            String detail,
            String oldValue,
            String newValue) {
        events.save(new AuditEvent(
                clock.instant(),
                currentUsername(),
                action,
                subjectType,
                String.valueOf(subjectId),
                organizationId,
                detail,
                oldValue,
                newValue));
    }

    /** The events of one subject, oldest first; for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> eventsOf(String subjectType, Object subjectId) {
        return events.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, String.valueOf(subjectId));
    }

    /** The latest events, newest first; for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> latest() {
        return events.findTop500ByOrderByIdDesc();
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    /** The most events one page of the audit log screen may ask for. */
    public static final int MAX_PAGE = 200;

    /** One page of the events matching the filters, newest first; for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditQuery query, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        var page = org.springframework.data.domain.PageRequest.of(
                Math.max(0, offset) / size,
                size,
                org.springframework.data.domain.Sort.by("id").descending());
        return events.findAll(AuditSpecifications.matching(query, clock.getZone()), page)
                .getContent();
    }

    /** Every action the log holds, for the filter; for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return events.distinctActions();
    }
}
