package eu.resilience.assessment.questionnaire.internal;

import eu.resilience.assessment.PostgresTest;

@PostgresTest
class QuestionnaireDirectoryLoaderPostgresTest extends QuestionnaireDirectoryLoaderContract {}
