/** Organizations (operators), their profile (sector, size class, country) and user accounts with roles. */
@ApplicationModule(allowedDependencies = {"audit", "text"})
package eu.resilience.assessment.organization;

import org.springframework.modulith.ApplicationModule;
