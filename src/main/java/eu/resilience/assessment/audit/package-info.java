/** The audit log: who did what, when, with the old and new value; written by every module, read by administrators. */
@ApplicationModule(allowedDependencies = {})
package eu.resilience.assessment.audit;

import org.springframework.modulith.ApplicationModule;
