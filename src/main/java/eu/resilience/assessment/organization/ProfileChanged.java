package eu.resilience.assessment.organization;

/** A coordinator changed the own organization's profile (as words, before and after); published in that transaction. */
public record ProfileChanged(long organizationId, String before, String after) {}
