package eu.resilience.assessment.assessment;

import java.time.LocalDate;

/** A lead gave one organization a later closing day, with a reason; published in that transaction. */
public record DeadlineExtended(
        long assessmentId, long organizationId, String reason, LocalDate before, LocalDate after) {}
