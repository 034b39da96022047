/**
 * Campaigns, assessments and answers: the respondents' workflow from the first answer to submission, reopening and
 * return for rework, with the score snapshot stored at submission.
 */
@ApplicationModule(
        allowedDependencies = {
            "questionnaire",
            "scoring",
            "organization",
            "security",
            "text",
            "base :: ui",
            "base :: chart"
        })
package eu.resilience.assessment.assessment;

import org.springframework.modulith.ApplicationModule;
