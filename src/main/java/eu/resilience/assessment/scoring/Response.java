package eu.resilience.assessment.scoring;

/** What a respondent said of one practice: an option of its scale, or "not applicable" with a justification. */
public sealed interface Response {

    /** An option of the practice's scale, by id. */
    record Chosen(String optionId) implements Response {}

    /** Not applicable; only counts where the practice allows N/A. */
    record NotApplicable(String justification) implements Response {}

    static Response chosen(String optionId) {
        return new Chosen(optionId);
    }

    static Response notApplicable(String justification) {
        return new NotApplicable(justification);
    }
}
