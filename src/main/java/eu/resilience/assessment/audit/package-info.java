/** The audit log: who did what, when, with the old and new value; written from the other modules'
 * events (their transactions), read by administrators. Nothing depends on this module. */
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "organization",
            "security",
            "scoring",
            "benchmark",
            "plan",
            "report",
            "exchange",
            "authoring",
            "notification"
        })
package eu.resilience.assessment.audit;

import org.springframework.modulith.ApplicationModule;
