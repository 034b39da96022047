/** Organizations (operators), their profile (sector, size class, country) and user accounts with roles. */
@ApplicationModule(allowedDependencies = {"text"})
package eu.resilience.assessment.organization;

import org.springframework.modulith.ApplicationModule;
