package eu.resilience.assessment.plan;

/**
 * The target of one domain: a maturity level (cumulative questionnaires) or a band (averaged ones).
 *
 * @param level the level rank to reach, 1 to the questionnaire's highest; 0 for averaged questionnaires
 * @param bandId the band to reach (averaged questionnaires), or null
 */
public record DomainTarget(int level, String bandId) {

    public static DomainTarget level(int rank) {
        return new DomainTarget(rank, null);
    }

    public static DomainTarget band(String bandId) {
        return new DomainTarget(0, bandId);
    }
}
