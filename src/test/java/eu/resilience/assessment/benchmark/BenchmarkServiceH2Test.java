package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.H2Test;

@H2Test
class BenchmarkServiceH2Test extends BenchmarkServiceContract {}
