package eu.resilience.assessment.organization;

import java.util.List;
import java.util.Locale;

/** Countries of the partnership: the 27 EU Member States, the EEA members, and "other" for international partners. */
public final class Country {

    public static final List<String> EU = List.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    public static final List<String> EEA = List.of("IS", "LI", "NO");
    public static final String OTHER = "other";

    private Country() {}

    /** Every code a profile may hold. */
    public static List<String> codes() {
        return java.util.stream.Stream.of(EU, EEA, List.of(OTHER))
                .flatMap(List::stream)
                .toList();
    }

    public static boolean isValid(String code) {
        return codes().contains(code);
    }

    /** The country's name in the given locale. */
    public static String name(String code, Locale locale) {
        return OTHER.equals(code) ? "—" : new Locale("", code).getDisplayCountry(locale);
    }
}
