package eu.resilience.assessment.questionnaire;

import java.util.regex.Pattern;

/**
 * A framework that practices reference, e.g. NIST CSF 2.0 or NIS2 Art. 21(2): declared in the file, or one of the three
 * known ones ({@code nist_csf}, {@code iso27001}, {@code nis2}).
 *
 * @param key the key practices use under {@code references}
 * @param idPattern the pattern every referenced id must match, or null when any id is accepted
 */
public record Framework(String key, String title, String version, Pattern idPattern) {

    public static final String NIST_CSF = "nist_csf";
    public static final String ISO_27001 = "iso27001";
    public static final String NIS2 = "nis2";

    /** Title and version; e.g. "NIST CSF 2.0". */
    public String label() {
        return version == null || version.isBlank() ? title : title + " " + version;
    }

    /** The three frameworks every questionnaire may reference without declaring them. */
    public static Framework known(String key) {
        return switch (key) {
            case NIST_CSF -> new Framework(
                    NIST_CSF, "NIST CSF", "2.0", Pattern.compile("^(GV|ID|PR|DE|RS|RC)\\.[A-Z]{2}(-[0-9]{2})?$"));
            case ISO_27001 -> new Framework(
                    ISO_27001, "ISO/IEC 27001:2022 Annex A", "", Pattern.compile("^A\\.[5-8]\\.[0-9]{1,2}$"));
            case NIS2 -> new Framework(NIS2, "NIS2 Art.", "", Pattern.compile("^21\\(2\\)\\([a-j]\\)$"));
            default -> null;
        };
    }
}
