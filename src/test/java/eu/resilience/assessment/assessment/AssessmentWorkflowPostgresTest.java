package eu.resilience.assessment.assessment;

import eu.resilience.assessment.PostgresTest;

@PostgresTest
class AssessmentWorkflowPostgresTest extends AssessmentWorkflowContract {}
