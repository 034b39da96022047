/**
 * Campaigns, assessments and answers: the respondents' workflow from the first answer to submission, reopening and
 * return for rework, with the score snapshot stored at submission.
 */
package eu.resilience.assessment.assessment;
