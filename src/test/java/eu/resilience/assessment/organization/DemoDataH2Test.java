package eu.resilience.assessment.organization;

import eu.resilience.assessment.H2Test;

@H2Test
class DemoDataH2Test extends DemoDataContract {}
