package eu.resilience.assessment.questionnaire.internal;

import eu.resilience.assessment.H2Test;

@H2Test
class QuestionnaireDirectoryLoaderH2Test extends QuestionnaireDirectoryLoaderContract {}
