package eu.resilience.assessment.assessment;

import eu.resilience.assessment.questionnaire.QuestionnairesInUse;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The questionnaire versions that campaigns (and so assessments) use: the catalogue keeps them in service. */
@Component
class CampaignQuestionnaires implements QuestionnairesInUse {

    private final CampaignRepository campaigns;

    CampaignQuestionnaires(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> keys() {
        return campaigns.questionnaireKeys().stream()
                .map(key -> key[0] + "@" + key[1])
                .collect(Collectors.toUnmodifiableSet());
    }
}
