package eu.resilience.assessment.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Download file names that say what they are: whose (organization or campaign), which report, which day, e.g.
 * {@code nordgrid-energy_baseline-2026_report_2026-12-01.pdf}. Only ASCII letters, digits and hyphens, so that every
 * browser and file system keeps them as they are.
 */
public final class FileNames {

    private static final int MAX_PART = 60;

    private FileNames() {}

    /** The parts (names and a report kind) joined with "_", then the day and the extension. */
    public static String of(List<String> parts, LocalDate day, String extension) {
        List<String> slugs = new ArrayList<>();
        for (String part : parts) {
            String slug = slug(part);
            if (!slug.isEmpty()) {
                slugs.add(slug);
            }
        }
        slugs.add(day.toString());
        return String.join("_", slugs) + "." + extension;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return plain.length() <= MAX_PART ? plain : plain.substring(0, MAX_PART).replaceAll("-+$", "");
    }
}
