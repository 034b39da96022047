package eu.resilience.assessment.questionnaire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.questionnaire.LoadError;
import eu.resilience.assessment.questionnaire.OrganizationProfile;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every rule of the questionnaire format: a broken file is refused with its file name, the line and the element's id. */
class QuestionnaireParserTest {

    private static final String FILE = "check-1.0.yaml";
    private static final String VALID =
            """
            format: 1
            id: check
            version: "1.0"
            status: published
            locales: [en, fr]
            title: {en: Check, fr: Contrôle}
            description: {en: A check., fr: Un contrôle.}
            scoring:
              method: cumulative
              levels:
                - {id: MIL1, rank: 1, name: {en: One, fr: Un}}
                - {id: MIL2, rank: 2, name: {en: Two, fr: Deux}}
            default_scale: yes-no
            scales:
              - id: yes-no
                name: {en: Yes or no, fr: Oui ou non}
                options:
                  - {id: "yes", label: {en: "Yes", fr: Oui}, value: 1.0, achieved: true}
                  - {id: "no", label: {en: "No", fr: Non}, value: 0.0, achieved: false}
            domains:
              - id: GOV
                title: {en: Governance, fr: Gouvernance}
                goals:
                  - id: GOV.1
                    title: {en: Ownership, fr: Responsabilité}
                    practices:
                      - id: GOV.1.1
                        level: MIL1
                        text: {en: Someone owns cyber risk., fr: Quelqu'un porte le risque cyber.}
                        references: {nist_csf: [GV.RR-02], iso27001: [A.5.2], nis2: ["21(2)(a)"]}
                      - id: GOV.1.2
                        level: MIL2
                        visible_when: "size != 'micro' && answers['GOV.1.1'] == 'yes'"
                        text: {en: The board reviews it., fr: La direction le revoit.}
            """;

    private static QuestionnaireParser.Result parse(String text) {
        return new QuestionnaireParser().parse(FILE, text);
    }

    /** The 1-based line of the first line containing the marker. */
    private static int lineOf(String text, String marker) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(marker);
    }

    private static LoadError onlyError(String text) {
        QuestionnaireParser.Result result = parse(text);
        assertThat(result.ok()).as("should be refused").isFalse();
        assertThat(result.errors()).as(result.errors().toString()).hasSize(1);
        LoadError error = result.errors().get(0);
        assertThat(error.file()).isEqualTo(FILE);
        return error;
    }

    @Test
    void aValidFileLoadsWithEveryField() {
        QuestionnaireParser.Result result = parse(VALID);

        assertThat(result.errors()).isEmpty();
        Questionnaire questionnaire = result.questionnaire();
        assertThat(questionnaire.key()).isEqualTo("check@1.0");
        assertThat(questionnaire.languages()).containsExactly("en", "fr");
        assertThat(questionnaire.practices()).extracting(p -> p.id()).containsExactly("GOV.1.1", "GOV.1.2");
        assertThat(questionnaire.practice("GOV.1.1").orElseThrow().references().iso27001())
                .containsExactly("A.5.2");
        assertThat(questionnaire.practice("GOV.1.2").orElseThrow().text().in(java.util.Locale.FRENCH))
                .isEqualTo("La direction le revoit.");
        assertThat(questionnaire.contentHash()).hasSize(64);
    }

    @Test
    void conditionsSeeTheProfileAndEarlierAnswers() {
        Questionnaire questionnaire = parse(VALID).questionnaire();
        OrganizationProfile large = new OrganizationProfile("energy", "large", "DE");
        OrganizationProfile micro = new OrganizationProfile("energy", "micro", "DE");

        assertThat(questionnaire.hiddenPractices(large, Map.of("GOV.1.1", "yes")))
                .isEmpty();
        assertThat(questionnaire.hiddenPractices(large, Map.of("GOV.1.1", "no")))
                .containsExactly("GOV.1.2");
        assertThat(questionnaire.hiddenPractices(large, Map.of())).containsExactly("GOV.1.2");
        assertThat(questionnaire.hiddenPractices(micro, Map.of("GOV.1.1", "yes")))
                .containsExactly("GOV.1.2");
    }

    @Test
    void theHashIgnoresCommentsAndLayoutButNotContent() {
        String reformatted = "# a comment\n"
                + VALID.replace("title: {en: Check, fr: Contrôle}", "title:\n  en: Check\n  fr: Contrôle");
        String changed = VALID.replace("Someone owns cyber risk.", "Someone owns all cyber risk.");

        assertThat(parse(reformatted).questionnaire().contentHash())
                .isEqualTo(parse(VALID).questionnaire().contentHash());
        assertThat(parse(changed).questionnaire().contentHash())
                .isNotEqualTo(parse(VALID).questionnaire().contentHash());
    }

    @Test
    void aTextWithADirectionOverrideIsRefusedWithItsPracticeAndLine() {
        String broken = VALID.replace("La direction le revoit.", "La direction \u202Ele revoit.");

        LoadError error = onlyError(broken);
        assertThat(error.elementId()).isEqualTo("GOV.1.2");
        assertThat(error.line()).isEqualTo(lineOf(broken, "La direction"));
        assertThat(error.message()).contains("text (fr)").contains("U+202E");
    }

    @Test
    void yamlSyntaxErrorsGiveTheLine() {
        String broken = VALID.replace(
                "    title: {en: Governance, fr: Gouvernance}", "    title: {en: Governance, fr: Gouvernance");

        LoadError error = onlyError(broken);
        assertThat(error.message()).startsWith("YAML syntax");
        assertThat(error.line()).isBetween(lineOf(broken, "title: {en: Governance"), lineOf(broken, "goals:"));
    }

    @Test
    void aMissingRequiredFieldNamesThePractice() {
        String broken = VALID.replace("        text: {en: The board reviews it., fr: La direction le revoit.}\n", "");

        LoadError error = onlyError(broken);
        assertThat(error.elementId()).isEqualTo("GOV.1.2");
        assertThat(error.line()).isEqualTo(lineOf(broken, "- id: GOV.1.2"));
        assertThat(error.message()).contains("text");
    }

    @Test
    void aMisspelledFieldIsRefused() {
        String broken = VALID.replace("level: MIL2\n", "level: MIL2\n            guidence: {en: Hm, fr: Hm}\n");

        LoadError error = onlyError(broken);
        assertThat(error.elementId()).as(error.toString()).isEqualTo("GOV.1.2");
        assertThat(error.message()).contains("guidence");
    }

    @Test
    void optionValuesMustBeBetweenZeroAndOne() {
        String broken = VALID.replace("value: 1.0, achieved: true", "value: 1.5, achieved: true");

        LoadError error = onlyError(broken);
        assertThat(error.elementId()).isEqualTo("yes");
        assertThat(error.line()).isEqualTo(lineOf(broken, "value: 1.5"));
    }

    @Test
    void idsMustBeUnique() {
        String broken = VALID.replace("- id: GOV.1.2", "- id: GOV.1.1");

        LoadError error = onlyError(broken);
        assertThat(error.elementId()).isEqualTo("GOV.1.1");
        assertThat(error.line()).isEqualTo(lineOf(VALID, "- id: GOV.1.2"));
        assertThat(error.message()).contains("more than once");
    }

    @Test
    void levelsMustExist() {
        String broken = VALID.replace("level: MIL2", "level: MIL4");

        LoadError error = onlyError(broken);
        assertThat(error.elementId()).isEqualTo("GOV.1.2");
        assertThat(error.line()).isEqualTo(lineOf(broken, "level: MIL4"));
        assertThat(error.message()).contains("MIL4");
    }

    @Test
    void levelsMustBeContiguous() {
        String broken = VALID.replace("{id: MIL2, rank: 2", "{id: MIL2, rank: 3");

        assertThat(parse(broken).errors())
                .anySatisfy(e -> assertThat(e.message()).contains("contiguous"));
    }

    @Test
    void everyDeclaredLocaleMustBeComplete() {
        String broken = VALID.replace("{en: Ownership, fr: Responsabilité}", "{en: Ownership}");

        LoadError error = onlyError(broken);
        assertThat(error.elementId()).isEqualTo("GOV.1");
        assertThat(error.line()).isEqualTo(lineOf(broken, "{en: Ownership}"));
        assertThat(error.message()).contains("'fr'");
    }

    @Test
    void conditionsMayOnlyReferToEarlierPractices() {
        String broken = VALID.replace("answers['GOV.1.1']", "answers['GOV.1.2']");

        LoadError error = onlyError(broken);
        assertThat(error.elementId()).isEqualTo("GOV.1.2");
        assertThat(error.line()).isEqualTo(lineOf(broken, "visible_when"));
        assertThat(error.message()).contains("GOV.1.2").contains("not earlier");
    }

    @Test
    void conditionsMayOnlyUseProfileFieldsAndAnswers() {
        LoadError unknownVariable = onlyError(VALID.replace("size != 'micro'", "region != 'north'"));
        LoadError notBoolean = onlyError(VALID.replace("size != 'micro' && answers['GOV.1.1'] == 'yes'", "size"));
        LoadError syntax = onlyError(VALID.replace("size != 'micro' &&", "size != 'micro' &&&"));
        LoadError unknownPractice = onlyError(VALID.replace("answers['GOV.1.1']", "answers['GOV.9.9']"));

        assertThat(unknownVariable.message()).contains("region");
        assertThat(notBoolean.message()).contains("invalid condition");
        assertThat(syntax.message()).contains("invalid condition");
        assertThat(unknownPractice.message()).contains("unknown practice GOV.9.9");
        assertThat(List.of(unknownVariable, notBoolean, syntax, unknownPractice))
                .allSatisfy(e -> assertThat(e.elementId()).isEqualTo("GOV.1.2"));
    }

    @Test
    void achievedOptionsMayNotBeWorthLessThanOthers() {
        String broken = VALID.replace("value: 0.0, achieved: false", "value: 1.0, achieved: false")
                .replace("value: 1.0, achieved: true", "value: 0.5, achieved: true");

        LoadError error = onlyError(broken);
        assertThat(error.elementId()).isEqualTo("yes-no");
        assertThat(error.message()).contains("lower value");
    }

    @Test
    void referencesMustNameRealControls() {
        LoadError iso = onlyError(VALID.replace("iso27001: [A.5.2]", "iso27001: [A.5.38]"));
        LoadError nis2 = onlyError(VALID.replace("\"21(2)(a)\"", "\"21(2)(k)\""));

        assertThat(iso.message()).contains("A.5.38");
        assertThat(iso.elementId()).isEqualTo("GOV.1.1");
        assertThat(nis2.elementId()).isEqualTo("GOV.1.1");
    }

    @Test
    void averagedQuestionnairesNeedStepsAndNoLevels() {
        String averaged = VALID.replace(
                """
                  method: cumulative
                  levels:
                    - {id: MIL1, rank: 1, name: {en: One, fr: Un}}
                    - {id: MIL2, rank: 2, name: {en: Two, fr: Deux}}
                """,
                """
                  method: averaged
                  bands:
                    - {id: low, from: 0, name: {en: Low, fr: Bas}}
                    - {id: high, from: 0.5, name: {en: High, fr: Haut}}
                """);

        List<LoadError> errors = parse(averaged).errors();
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).contains("has no step"));
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).contains("has no level"));
    }

    @Test
    void theErrorReadsAsFileLineIdAndMessage() {
        LoadError error = onlyError(VALID.replace("level: MIL2", "level: MIL4"));

        assertThat(error.toString())
                .isEqualTo(FILE + ", line " + error.line() + ", GOV.1.2: level 'MIL4' is not one of scoring.levels");
    }

    @Test
    void emptyAndNonMappingFilesAreRefused() {
        assertThat(parse("").errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("empty"));
        assertThat(parse("- just\n- a list\n").errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("mapping"));
    }

    @Test
    void aliasesAreRefusedSoThatNoFileCanExplode() {
        String bomb = "a: &a [x, x, x]\nb: [*a, *a, *a]\n";

        assertThat(parse(bomb).errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("YAML"));
    }
}
