package eu.resilience.assessment.questionnaire;

/**
 * Where the content of a questionnaire comes from, shown in the catalogue; every field may be empty.
 *
 * @param title the source document, e.g. "Cybersecurity Capability Maturity Model (C2M2) v2.1"
 * @param date when the source was issued: {@code 2022}, {@code 2022-06} or {@code 2022-06-30}
 */
public record Source(String title, String publisher, String url, String date, String licence) {

    public static final Source NONE = new Source("", "", "", "", "");

    public boolean isEmpty() {
        return title.isEmpty() && publisher.isEmpty() && url.isEmpty() && date.isEmpty() && licence.isEmpty();
    }
}
