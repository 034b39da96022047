package eu.resilience.assessment.assessment;

import eu.resilience.assessment.H2Test;

@H2Test
class AssessmentWorkflowH2Test extends AssessmentWorkflowContract {}
