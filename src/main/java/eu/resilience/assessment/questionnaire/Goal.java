package eu.resilience.assessment.questionnaire;

import java.util.List;

/** A goal (objective) of a domain, grouping practices. */
public record Goal(String id, LocalizedText title, LocalizedText description, List<Practice> practices) {}
