/**
 * Benchmarks over the score snapshots: slices by sector, size class and country within a campaign, their figures, and the
 * confidentiality rules (threshold k, no min or max for operators, complementary suppression) enforced for every view,
 * report and export.
 */
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "questionnaire",
            "organization",
            "security",
            "text",
            "base :: ui",
            "base :: chart"
        })
package eu.resilience.assessment.benchmark;

import org.springframework.modulith.ApplicationModule;
