package eu.resilience.assessment.exchange;

import eu.resilience.assessment.PostgresTest;

@PostgresTest
class ExchangePostgresTest extends ExchangeContract {}
