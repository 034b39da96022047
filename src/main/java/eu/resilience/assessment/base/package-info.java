/**
 * Shared parts of every module: the start-up durability check (root), the screens' frame and small components
 * ({@code ui}, a named interface), the charts ({@code chart}, a named interface).
 */
@ApplicationModule(allowedDependencies = {"security", "organization", "text"})
package eu.resilience.assessment.base;

import org.springframework.modulith.ApplicationModule;
