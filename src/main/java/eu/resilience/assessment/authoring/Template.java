package eu.resilience.assessment.authoring;

import eu.resilience.assessment.questionnaire.Band;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Framework;
import eu.resilience.assessment.questionnaire.Goal;
import eu.resilience.assessment.questionnaire.LocalizedText;
import eu.resilience.assessment.questionnaire.MaturityLevel;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.References;
import eu.resilience.assessment.questionnaire.Scale;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.questionnaire.ScoringRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The xlsx authoring template: every sheet, every column and the questionnaire file field it stands for, in one table.
 * A new field of the format is one line here: export writes it, import reads it back into the file. A localized field
 * is one column per locale, headed {@code "text [en]"}, {@code "text [fr]"}...
 */
final class Template {

    private Template() {}

    /** How a column's cells are written and read. */
    enum Kind {
        /** a plain string */
        TEXT,
        /** a text per locale: one column per locale */
        LOCALIZED,
        /** a decimal number */
        NUMBER,
        /** a whole number */
        INTEGER,
        /** TRUE or FALSE */
        BOOLEAN,
        /** values separated by commas */
        LIST,
        /** the id of the row's parent on another sheet (a domain's goals, a goal's practices...) */
        PARENT,
        /**
         * a practice's references: one column per framework, headed by the framework's key, its ids separated by commas
         * (the value is the {@link References})
         */
        REFERENCES
    }

    /**
     * One column: its header, the field of the questionnaire file (dotted for a nested field, e.g.
     * {@code scoring.level_zero.name}), how it is written, and its value in a loaded questionnaire (null: blank).
     */
    record Column<T>(String header, String field, Kind kind, Function<T, Object> value) {}

    /** One sheet: its name, whether it lists fields downwards (the questionnaire) or one element per row, its columns. */
    record Sheet<T>(String name, boolean vertical, List<Column<T>> columns, Function<Questionnaire, List<T>> rows) {}

    record GoalRow(Domain domain, Goal goal) {}

    record OptionRow(Scale scale, ScaleOption option, boolean stepped) {}

    record EvidenceRow(Practice practice, LocalizedText text) {}

    record SizeRow(Practice practice, String size, LocalizedText text) {}

    record FrameworkRow(Framework framework, boolean known) {}

    static final String QUESTIONNAIRE = "Questionnaire";
    static final String LEVELS = "Levels";
    static final String BANDS = "Bands";
    static final String SCALES = "Scales";
    static final String OPTIONS = "Options";
    static final String DOMAINS = "Domains";
    static final String GOALS = "Goals";
    static final String PRACTICES = "Practices";
    static final String EVIDENCE = "Evidence";
    static final String BY_SIZE = "Recommendations by size";
    static final String FRAMEWORKS = "Frameworks";

    static final Sheet<Questionnaire> QUESTIONNAIRE_SHEET = new Sheet<>(
            QUESTIONNAIRE,
            true,
            List.of(
                    new Column<>("id", "id", Kind.TEXT, Questionnaire::id),
                    new Column<>("version", "version", Kind.TEXT, Questionnaire::version),
                    new Column<>("status", "status", Kind.TEXT, q -> lower(q.status())),
                    new Column<>("locales", "locales", Kind.LIST, Questionnaire::languages),
                    new Column<>("publisher", "publisher", Kind.TEXT, Questionnaire::publisher),
                    new Column<>("scoring method", "scoring.method", Kind.TEXT, q -> lower(q.method())),
                    new Column<>("default scale", "default_scale", Kind.TEXT, Template::defaultScale),
                    new Column<>("title", "title", Kind.LOCALIZED, Questionnaire::title),
                    new Column<>("description", "description", Kind.LOCALIZED, Questionnaire::description),
                    new Column<>("draft locales", "draft_locales", Kind.LIST, Questionnaire::draftLocales),
                    new Column<>("level zero id", "scoring.level_zero.id", Kind.TEXT, q -> q.levelZeroName()
                            .map(MaturityLevel::id)
                            .orElse(null)),
                    new Column<>("level zero name", "scoring.level_zero.name", Kind.LOCALIZED, q -> q.levelZeroName()
                            .map(MaturityLevel::name)
                            .orElse(null)),
                    new Column<>(
                            "level zero description",
                            "scoring.level_zero.description",
                            Kind.LOCALIZED,
                            q -> q.levelZeroName()
                                    .map(MaturityLevel::description)
                                    .orElse(null)),
                    new Column<>(
                            "all N/A level reached",
                            "scoring.all_na_level_reached",
                            Kind.BOOLEAN,
                            q -> q.rules().allNaLevelReached() ? null : false),
                    new Column<>(
                            "overall",
                            "scoring.overall",
                            Kind.TEXT,
                            q -> q.rules().overall() == ScoringRules.OverallMaturity.DOMAINS ? "domains" : null),
                    new Column<>("band decimals", "scoring.band_decimals", Kind.INTEGER, q -> q.rules()
                            .bandDecimals()),
                    new Column<>("source title", "source.title", Kind.TEXT, q -> q.source()
                            .title()),
                    new Column<>("source publisher", "source.publisher", Kind.TEXT, q -> q.source()
                            .publisher()),
                    new Column<>("source url", "source.url", Kind.TEXT, q -> q.source()
                            .url()),
                    new Column<>("source date", "source.date", Kind.TEXT, q -> q.source()
                            .date()),
                    new Column<>("source licence", "source.licence", Kind.TEXT, q -> q.source()
                            .licence())),
            List::of);

    static final Sheet<FrameworkRow> FRAMEWORK_SHEET = new Sheet<>(
            FRAMEWORKS,
            false,
            List.of(
                    new Column<>("key", "key", Kind.TEXT, r -> r.framework().key()),
                    new Column<>("title", "title", Kind.TEXT, r -> r.framework().title()),
                    new Column<>(
                            "version", "version", Kind.TEXT, r -> r.framework().version()),
                    new Column<>(
                            "id pattern",
                            "id_pattern",
                            Kind.TEXT,
                            r -> r.known() || r.framework().idPattern() == null
                                    ? null
                                    : r.framework().idPattern().pattern())),
            Template::declaredFrameworks);

    static final Sheet<MaturityLevel> LEVEL_SHEET = new Sheet<>(
            LEVELS,
            false,
            List.of(
                    new Column<>("id", "id", Kind.TEXT, MaturityLevel::id),
                    new Column<>("rank", "rank", Kind.INTEGER, MaturityLevel::rank),
                    new Column<>("name", "name", Kind.LOCALIZED, MaturityLevel::name),
                    new Column<>("description", "description", Kind.LOCALIZED, MaturityLevel::description)),
            Questionnaire::levels);

    static final Sheet<Band> BAND_SHEET = new Sheet<>(
            BANDS,
            false,
            List.of(
                    new Column<>("id", "id", Kind.TEXT, Band::id),
                    new Column<>("from", "from", Kind.NUMBER, Band::from),
                    new Column<>("name", "name", Kind.LOCALIZED, Band::name),
                    new Column<>("description", "description", Kind.LOCALIZED, Band::description)),
            Questionnaire::bands);

    static final Sheet<Scale> SCALE_SHEET = new Sheet<>(
            SCALES,
            false,
            List.of(
                    new Column<>("id", "id", Kind.TEXT, Scale::id),
                    new Column<>("name", "name", Kind.LOCALIZED, Scale::name)),
            Questionnaire::scales);

    static final Sheet<OptionRow> OPTION_SHEET = new Sheet<>(
            OPTIONS,
            false,
            List.of(
                    new Column<>("scale", SCALES, Kind.PARENT, r -> r.scale().id()),
                    new Column<>("id", "id", Kind.TEXT, r -> r.option().id()),
                    new Column<>("value", "value", Kind.NUMBER, r -> r.option().value()),
                    new Column<>("achieved", "achieved", Kind.BOOLEAN, r -> r.option()
                            .achieved()),
                    new Column<>(
                            "step",
                            "step",
                            Kind.INTEGER,
                            r -> r.stepped() ? r.option().step() : null),
                    new Column<>(
                            "label", "label", Kind.LOCALIZED, r -> r.option().label()),
                    new Column<>("description", "description", Kind.LOCALIZED, r -> r.option()
                            .description())),
            q -> q.scales().stream()
                    .flatMap(s ->
                            s.options().stream().map(o -> new OptionRow(s, o, q.method() == ScoringMethod.AVERAGED)))
                    .toList());

    static final Sheet<Domain> DOMAIN_SHEET = new Sheet<>(
            DOMAINS,
            false,
            List.of(
                    new Column<>("id", "id", Kind.TEXT, Domain::id),
                    new Column<>("title", "title", Kind.LOCALIZED, Domain::title),
                    new Column<>("description", "description", Kind.LOCALIZED, Domain::description),
                    new Column<>("purpose", "purpose", Kind.LOCALIZED, Domain::purpose)),
            Questionnaire::domains);

    static final Sheet<GoalRow> GOAL_SHEET = new Sheet<>(
            GOALS,
            false,
            List.of(
                    new Column<>("domain", DOMAINS, Kind.PARENT, r -> r.domain().id()),
                    new Column<>("id", "id", Kind.TEXT, r -> r.goal().id()),
                    new Column<>("title", "title", Kind.LOCALIZED, r -> r.goal().title()),
                    new Column<>("description", "description", Kind.LOCALIZED, r -> r.goal()
                            .description())),
            q -> q.domains().stream()
                    .flatMap(d -> d.goals().stream().map(g -> new GoalRow(d, g)))
                    .toList());

    static final Sheet<Practice> PRACTICE_SHEET = new Sheet<>(
            PRACTICES,
            false,
            List.of(
                    new Column<>("goal", GOALS, Kind.PARENT, Practice::goalId),
                    new Column<>("id", "id", Kind.TEXT, Practice::id),
                    new Column<>(
                            "level",
                            "level",
                            Kind.TEXT,
                            p -> p.level() == null ? null : p.level().id()),
                    new Column<>("weight", "weight", Kind.NUMBER, Practice::weight),
                    new Column<>("scale", "scale", Kind.TEXT, p -> p.scale().id()),
                    new Column<>("allow N/A", "allow_na", Kind.BOOLEAN, Practice::naAllowed),
                    new Column<>("title", "title", Kind.LOCALIZED, Practice::title),
                    new Column<>("text", "text", Kind.LOCALIZED, Practice::text),
                    new Column<>("guidance", "guidance", Kind.LOCALIZED, Practice::guidance),
                    new Column<>("recommendation", "recommendation", Kind.LOCALIZED, Practice::recommendation),
                    new Column<>("references", "references", Kind.REFERENCES, Practice::references),
                    new Column<>("visible when", "visible_when", Kind.TEXT, p -> p.condition()
                            .map(c -> c.source())
                            .orElse(null))),
            Questionnaire::practices);

    static final Sheet<EvidenceRow> EVIDENCE_SHEET = new Sheet<>(
            EVIDENCE,
            false,
            List.of(
                    new Column<>("practice", PRACTICES, Kind.PARENT, r -> r.practice()
                            .id()),
                    new Column<>("evidence", "evidence", Kind.LOCALIZED, EvidenceRow::text)),
            q -> q.practices().stream()
                    .flatMap(p -> p.evidenceHints().stream().map(e -> new EvidenceRow(p, e)))
                    .toList());

    static final Sheet<SizeRow> SIZE_SHEET = new Sheet<>(
            BY_SIZE,
            false,
            List.of(
                    new Column<>("practice", PRACTICES, Kind.PARENT, r -> r.practice()
                            .id()),
                    new Column<>("size", "size", Kind.TEXT, SizeRow::size),
                    new Column<>("recommendation", "recommendation", Kind.LOCALIZED, SizeRow::text)),
            q -> q.practices().stream()
                    .flatMap(p -> p.recommendationBySize().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(e -> new SizeRow(p, e.getKey(), e.getValue())))
                    .toList());

    /** Every sheet, in the order of the workbook. */
    static final List<Sheet<?>> SHEETS = List.of(
            QUESTIONNAIRE_SHEET,
            FRAMEWORK_SHEET,
            LEVEL_SHEET,
            BAND_SHEET,
            SCALE_SHEET,
            OPTION_SHEET,
            DOMAIN_SHEET,
            GOAL_SHEET,
            PRACTICE_SHEET,
            EVIDENCE_SHEET,
            SIZE_SHEET);

    /** The header of a column, for a locale when it is localized. */
    static String header(Column<?> column, String locale) {
        return column.kind() == Kind.LOCALIZED ? column.header() + " [" + locale + "]" : column.header();
    }

    /**
     * The questionnaire has no default scale of its own once loaded (each practice knows its scale): the scale most
     * practices use, the first declared on a tie.
     */
    static String defaultScale(Questionnaire questionnaire) {
        Map<String, Long> uses = questionnaire.practices().stream()
                .collect(Collectors.groupingBy(p -> p.scale().id(), Collectors.counting()));
        List<Scale> scales = new ArrayList<>(questionnaire.scales());
        return scales.stream()
                .max(Comparator.comparingLong((Scale s) -> uses.getOrDefault(s.id(), 0L))
                        .thenComparing(Comparator.comparingInt(scales::indexOf).reversed()))
                .map(Scale::id)
                .orElse("");
    }

    /** The keys of the frameworks the questionnaire references, known or declared: one references column each. */
    static List<String> frameworkKeys(Questionnaire questionnaire) {
        return questionnaire.frameworks().stream().map(Framework::key).toList();
    }

    /**
     * The frameworks the file declares: all of them up to the last that is not a known one as the application knows it;
     * a known framework after that is referenced without declaration (the loader adds it, in the same order).
     */
    static List<FrameworkRow> declaredFrameworks(Questionnaire questionnaire) {
        List<Framework> frameworks = questionnaire.frameworks();
        int last = -1;
        for (int i = 0; i < frameworks.size(); i++) {
            if (!isKnownAsIs(frameworks.get(i))) {
                last = i;
            }
        }
        return frameworks.subList(0, last + 1).stream()
                .map(f -> new FrameworkRow(f, Framework.known(f.key()) != null))
                .toList();
    }

    private static boolean isKnownAsIs(Framework framework) {
        Framework known = Framework.known(framework.key());
        return known != null
                && known.title().equals(framework.title())
                && known.version().equals(framework.version());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
