/** Security configuration, login, the current user. */
@ApplicationModule(allowedDependencies = {"organization"})
package eu.resilience.assessment.security;

import org.springframework.modulith.ApplicationModule;
