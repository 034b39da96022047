package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.PostgresTest;

@PostgresTest
class ReopenCyclePostgresTest extends ReopenCycleContract {}
