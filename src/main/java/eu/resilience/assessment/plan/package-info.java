/**
 * Target profiles and improvement plans: the target a questionnaire version sets per domain (and per practice), the gap
 * of an assessment to it, and the organization's plan of actions, followed into the next campaign.
 */
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "benchmark",
            "questionnaire",
            "scoring",
            "organization",
            "security",
            "text",
            "base :: ui"
        })
package eu.resilience.assessment.plan;

import org.springframework.modulith.ApplicationModule;
