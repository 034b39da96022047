package eu.resilience.assessment.plan;

import eu.resilience.assessment.H2Test;

@H2Test
class PlanServiceH2Test extends PlanServiceContract {}
