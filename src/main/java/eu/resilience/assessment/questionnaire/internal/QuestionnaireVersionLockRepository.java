package eu.resilience.assessment.questionnaire.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireVersionLockRepository
        extends JpaRepository<QuestionnaireVersionLock, QuestionnaireVersionLock.Key> {}
