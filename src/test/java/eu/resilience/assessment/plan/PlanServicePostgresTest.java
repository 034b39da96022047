package eu.resilience.assessment.plan;

import eu.resilience.assessment.PostgresTest;

@PostgresTest
class PlanServicePostgresTest extends PlanServiceContract {}
