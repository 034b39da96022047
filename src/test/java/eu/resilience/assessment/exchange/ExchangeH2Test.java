package eu.resilience.assessment.exchange;

import eu.resilience.assessment.H2Test;

@H2Test
class ExchangeH2Test extends ExchangeContract {}
