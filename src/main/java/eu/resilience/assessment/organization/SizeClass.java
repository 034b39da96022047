package eu.resilience.assessment.organization;

/** Size classes of the EU SME definition, by staff headcount. */
public enum SizeClass {
    MICRO("micro"),
    SMALL("small"),
    MEDIUM("medium"),
    LARGE("large");

    private final String id;

    SizeClass(String id) {
        this.id = id;
    }

    /** The id used in questionnaire conditions. */
    public String id() {
        return id;
    }

    /** The class of an organization with this many staff: micro under 10, small under 50, medium under 250. */
    public static SizeClass ofStaff(int staff) {
        if (staff < 10) {
            return MICRO;
        }
        if (staff < 50) {
            return SMALL;
        }
        return staff < 250 ? MEDIUM : LARGE;
    }
}
