package eu.resilience.assessment.scoring;

import eu.resilience.assessment.questionnaire.Framework;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ScaleOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment seen by framework: for each framework its practices reference, each referenced id (e.g. NIS2 Art.
 * 21(2)(a)) with the practices that cover it and how they were answered. Pure Java.
 */
public record FrameworkCoverage(Framework framework, List<Point> points) {

    /** One id of the framework and the practices that reference it, in questionnaire order. */
    public record Point(String id, List<Covered> practices) {

        /** How many of its practices are achieved, out of the applicable ones. */
        public long achieved() {
            return practices.stream().filter(c -> c.status() == Status.ACHIEVED).count();
        }

        public long applicable() {
            return practices.stream()
                    .filter(c -> c.status() != Status.NOT_APPLICABLE)
                    .count();
        }
    }

    /** One practice under a point, with its answer (null unless chosen). */
    public record Covered(Practice practice, Status status, ScaleOption option) {}

    /** How a covering practice stands. */
    public enum Status {
        ACHIEVED,
        NOT_ACHIEVED,
        UNANSWERED,
        /** Answered N/A or hidden by its condition. */
        NOT_APPLICABLE
    }

    /** Orders ids with their numbers as numbers: A.5.2 before A.5.10. */
    private static final Comparator<String> NATURAL = FrameworkCoverage::compareNatural;

    private static final Pattern PARTS = Pattern.compile("\\d+|\\D+");

    /** Every framework the questionnaire's practices reference, in the questionnaire's order of frameworks. */
    public static List<FrameworkCoverage> of(
            Questionnaire questionnaire, Map<String, Response> responses, Set<String> hidden) {
        List<FrameworkCoverage> result = new ArrayList<>();
        for (Framework framework : questionnaire.frameworks()) {
            Map<String, List<Covered>> byId = new TreeMap<>(NATURAL);
            for (Practice practice : questionnaire.practices()) {
                List<String> ids = practice.references().of(framework.key());
                if (ids.isEmpty()) {
                    continue;
                }
                Covered covered = covered(practice, responses.get(practice.id()), hidden.contains(practice.id()));
                for (String id : ids) {
                    byId.computeIfAbsent(id, x -> new ArrayList<>()).add(covered);
                }
            }
            if (!byId.isEmpty()) {
                Map<String, List<Covered>> ordered = new LinkedHashMap<>(byId);
                result.add(new FrameworkCoverage(
                        framework,
                        ordered.entrySet().stream()
                                .map(e -> new Point(e.getKey(), List.copyOf(e.getValue())))
                                .toList()));
            }
        }
        return List.copyOf(result);
    }

    private static Covered covered(Practice practice, Response response, boolean hidden) {
        if (hidden || (response instanceof Response.NotApplicable && practice.naAllowed())) {
            return new Covered(practice, Status.NOT_APPLICABLE, null);
        }
        if (response instanceof Response.Chosen chosen) {
            ScaleOption option = practice.scale().optionsById().get(chosen.optionId());
            if (option != null) {
                return new Covered(practice, option.achieved() ? Status.ACHIEVED : Status.NOT_ACHIEVED, option);
            }
        }
        return new Covered(practice, Status.UNANSWERED, null);
    }

    private static int compareNatural(String a, String b) {
        Matcher ma = PARTS.matcher(a);
        Matcher mb = PARTS.matcher(b);
        while (ma.find() && mb.find()) {
            String pa = ma.group();
            String pb = mb.group();
            int c = Character.isDigit(pa.charAt(0)) && Character.isDigit(pb.charAt(0))
                    ? Long.compare(Long.parseLong(pa), Long.parseLong(pb))
                    : pa.compareTo(pb);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length()) != 0 ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
