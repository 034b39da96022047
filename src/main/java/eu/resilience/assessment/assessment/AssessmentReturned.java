package eu.resilience.assessment.assessment;

import java.time.LocalDate;

/** A partnership lead returned a submitted assessment for rework with a message; published in that transaction. */
public record AssessmentReturned(
        long assessmentId, long organizationId, String campaignName, LocalDate closesOn, String message) {}
