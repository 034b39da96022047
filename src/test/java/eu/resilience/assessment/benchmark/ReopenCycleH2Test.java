package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.H2Test;

@H2Test
class ReopenCycleH2Test extends ReopenCycleContract {}
