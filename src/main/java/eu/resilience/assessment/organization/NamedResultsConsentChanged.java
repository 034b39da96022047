package eu.resilience.assessment.organization;

/** A coordinator allowed (or stopped allowing) partnership leads to see the organization's named results. */
public record NamedResultsConsentChanged(long organizationId, boolean before, boolean after) {}
