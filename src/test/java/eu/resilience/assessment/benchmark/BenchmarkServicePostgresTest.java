package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.PostgresTest;

@PostgresTest
class BenchmarkServicePostgresTest extends BenchmarkServiceContract {}
