package eu.resilience.assessment.organization;

import eu.resilience.assessment.PostgresTest;

@PostgresTest
class DemoDataPostgresTest extends DemoDataContract {}
