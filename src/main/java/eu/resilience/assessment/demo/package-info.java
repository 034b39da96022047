/**
 * Demo data for the embedded start (property {@code resilience.demo-data=true}, the default; never with the postgres
 * profile): organizations and logins, campaigns, a benchmark history, releases, targets and a plan, and the population
 * generator of tests and benchmarks. It uses only the other modules' public APIs, running as a system user of the role
 * each step needs; no other module depends on it (ArchitectureTest).
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"assessment", "benchmark", "plan", "questionnaire", "scoring", "organization"})
package eu.resilience.assessment.demo;

import org.springframework.modulith.ApplicationModule;
