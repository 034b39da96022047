package eu.resilience.assessment.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Names the subjects of audit records for the people who read the log: the module that records "campaign 7" says it is
 * "Baseline 2026". Implemented by the modules that own the subjects, so that the audit module depends on none of them.
 */
public interface AuditSubjects {

    /** The subject types this module names ("campaign", "assessment"...). */
    Set<String> types();

    /** The names of subjects of one of {@link #types()}, by id; an id it cannot name (deleted, malformed) is left out. */
    Map<String, String> names(String type, Collection<String> ids);
}
