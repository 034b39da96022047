package eu.resilience.assessment.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.questionnaire.internal.QuestionnaireParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every file in questionnaires/ loads without an error, and the two shipped questionnaires are what the product promises (questionnaires/README.md, "Shipped questionnaires"). */
class ShippedQuestionnairesTest {

    @Test
    void everyFileInTheQuestionnaireFolderLoads() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("questionnaires"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
        for (Path file : files) {
            QuestionnaireParser.Result result =
                    new QuestionnaireParser().parse(file.getFileName().toString(), Files.readString(file));
            assertThat(result.errors()).as(file.toString()).isEmpty();
        }
    }

    @Test
    void aLevelIsNamedInTheQuestionnairesOwnWordsAndLevelZeroAfterTheLowestLevel() {
        Questionnaire baseline = TestQuestionnaires.shipped("cyber-resilience-baseline-1.0.yaml");

        assertThat(baseline.levelName(2, java.util.Locale.ENGLISH, lowest -> "Below " + lowest))
                .isEqualTo("MIL2 Performed");
        assertThat(baseline.levelName(1, java.util.Locale.FRENCH, lowest -> "En deçà de " + lowest))
                .isEqualTo("MIL1 Initié");
        assertThat(baseline.levelName(0, java.util.Locale.ENGLISH, lowest -> "Below " + lowest))
                .isEqualTo("Below MIL1");
    }

    @Test
    void theBaselineCoversTenDomainsAndEightyToHundredTwentyPracticesOverThreeLevels() {
        Questionnaire baseline = TestQuestionnaires.shipped("cyber-resilience-baseline-1.0.yaml");

        assertThat(baseline.status()).isEqualTo(QuestionnaireStatus.PUBLISHED);
        assertThat(baseline.method()).isEqualTo(ScoringMethod.CUMULATIVE);
        assertThat(baseline.domains()).hasSizeBetween(9, 12);
        assertThat(baseline.practices()).hasSizeBetween(80, 120);
        assertThat(baseline.levels()).extracting(MaturityLevel::id).containsExactly("MIL1", "MIL2", "MIL3");
        for (Domain domain : baseline.domains()) {
            assertThat(domain.practices())
                    .as(domain.id())
                    .extracting(Practice::levelRank)
                    .contains(1, 2, 3);
        }
        assertThat(baseline.scales()).singleElement().satisfies(scale -> assertThat(scale.options())
                .extracting(ScaleOption::id)
                .containsExactly("fully", "largely", "partially", "not-implemented"));
        String domainTitles = baseline.domains().stream()
                .map(d -> d.title().in(Locale.ENGLISH).toLowerCase())
                .collect(Collectors.joining(" | "));
        assertThat(domainTitles).contains("information sharing");
        String goalTitles = baseline.domains().stream()
                .flatMap(d -> d.goals().stream())
                .map(g -> g.title().in(Locale.ENGLISH).toLowerCase())
                .collect(Collectors.joining(" | "));
        assertThat(goalTitles).contains("exercise");
    }

    @Test
    void everyBaselinePracticeHasGuidanceARecommendationAndReferencesToAllThreeStandards() {
        Questionnaire baseline = TestQuestionnaires.shipped("cyber-resilience-baseline-1.0.yaml");

        for (Practice practice : baseline.practices()) {
            assertThat(practice.guidance().isEmpty())
                    .as(practice.id() + " guidance")
                    .isFalse();
            assertThat(practice.recommendation().isEmpty())
                    .as(practice.id() + " recommendation")
                    .isFalse();
            assertThat(practice.references().nistCsf())
                    .as(practice.id() + " NIST CSF")
                    .isNotEmpty();
            assertThat(practice.references().iso27001())
                    .as(practice.id() + " ISO 27001")
                    .isNotEmpty();
            assertThat(practice.references().nis2()).as(practice.id() + " NIS2").isNotEmpty();
        }
    }

    @Test
    void someBaselinePracticesDependOnSectorOrSize() {
        Questionnaire baseline = TestQuestionnaires.shipped("cyber-resilience-baseline-1.0.yaml");
        OrganizationProfile smallBank = new OrganizationProfile("banking", "small", "FR");
        OrganizationProfile largeGrid = new OrganizationProfile("energy", "large", "DE");

        Map<String, String> noAnswers = Map.of();
        var hiddenForBank = baseline.hiddenPractices(smallBank, noAnswers);
        var hiddenForGrid = baseline.hiddenPractices(largeGrid, noAnswers);
        assertThat(hiddenForBank).isNotEmpty();
        assertThat(hiddenForGrid).isNotEmpty();
        assertThat(hiddenForBank).isNotEqualTo(hiddenForGrid);
        assertThat(hiddenForBank.size()).isGreaterThan(hiddenForGrid.size());
    }

    @Test
    void theQuickCheckIsShortAndUsesAveragedMaturityOnAFiveStepScale() {
        Questionnaire quick = TestQuestionnaires.shipped("quick-check-1.0.yaml");

        assertThat(quick.method()).isEqualTo(ScoringMethod.AVERAGED);
        assertThat(quick.practices()).hasSizeBetween(15, 25);
        assertThat(quick.bands()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(quick.scales()).singleElement().satisfies(scale -> {
            assertThat(scale.options()).extracting(ScaleOption::step).containsExactly(1, 2, 3, 4, 5);
            assertThat(scale.options())
                    .allSatisfy(o -> assertThat(o.description().isEmpty()).isFalse());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"cyber-resilience-baseline-1.0.yaml", "quick-check-1.0.yaml"})
    void theShippedQuestionnairesAreCompleteInEnglishFrenchAndGerman(String file) {
        Questionnaire questionnaire = TestQuestionnaires.shipped(file);
        assertThat(questionnaire.languages()).containsExactly("en", "fr", "de");
        for (Practice practice : questionnaire.practices()) {
            assertThat(practice.text().byLanguage()).containsOnlyKeys("en", "fr", "de");
        }
    }

    /**
     * The parser makes every text name each declared locale; this catches a translation left in English: every text
     * of the file, read as plain YAML, differs in German from the English unless it has no words (an identifier).
     */
    @ParameterizedTest
    @ValueSource(strings = {"cyber-resilience-baseline-1.0.yaml", "quick-check-1.0.yaml"})
    void noGermanTextIsLeftInEnglish(String file) throws IOException {
        Object root = new org.yaml.snakeyaml.Yaml().load(Files.readString(Path.of("questionnaires", file)));
        List<Map<?, ?>> texts = new java.util.ArrayList<>();
        collectTexts(root, texts);
        assertThat(texts).hasSizeGreaterThan(100);
        List<String> untranslated = texts.stream()
                .filter(text -> text.get("en").equals(text.get("de")))
                .filter(text -> !text.get("en")
                        .toString()
                        .replaceAll("[\\p{Punct}\\s\\d]", "")
                        .isEmpty())
                .map(text -> String.valueOf(text.get("en")))
                .toList();
        assertThat(untranslated)
                .as("texts of %s whose German is the English", file)
                .isEmpty();
    }

    private static void collectTexts(Object node, List<Map<?, ?>> texts) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("en") && map.values().stream().allMatch(String.class::isInstance)) {
                texts.add(map);
                return;
            }
            map.values().forEach(value -> collectTexts(value, texts));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectTexts(value, texts));
        }
    }
}
