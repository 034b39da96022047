package eu.resilience.assessment.questionnaire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.questionnaire.Framework;
import eu.resilience.assessment.questionnaire.LoadError;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The format's means to load the models partnerships use: declared frameworks, level 0, titles, purposes, source, draft
 * locales, and errors that name the field, the bad value and the line of a first use (questionnaires/README.md).
 */
class FormatExtensionsTest {

    private static final String FILE = "model-1.0.yaml";
    private static final String MODEL =
            """
            format: 1
            id: model
            version: "1.0"
            status: draft
            locales: [en, fr]
            source:
              title: Cybersecurity Capability Maturity Model v2.1
              publisher: U.S. Department of Energy
              url: https://www.energy.gov/c2m2
              date: 2022-06
              licence: Public domain
            frameworks:
              - {key: nist_csf_1_1, title: NIST CSF, version: "1.1", id_pattern: "^(ID|PR|DE|RS|RC)\\\\.[A-Za-z]{2,3}-[0-9]{1,2}$"}
              - {key: cyfun, title: CyberFundamentals, version: "2023"}
            title: {en: Model, fr: Modèle}
            description: {en: A model., fr: Un modèle.}
            scoring:
              method: cumulative
              all_na_level_reached: false
              level_zero: {id: MIL0, name: {en: Not performed, fr: Non réalisé}}
              levels:
                - {id: MIL1, rank: 1, name: {en: Initiated, fr: Initié}}
            default_scale: yes-no
            scales:
              - id: yes-no
                name: {en: Yes or no, fr: Oui ou non}
                options:
                  - {id: "yes", label: {en: "Yes", fr: Oui}, value: 1.0, achieved: true}
                  - {id: "no", label: {en: "No", fr: Non}, value: 0.0, achieved: false}
            domains:
              - id: ASSET
                title: {en: Assets, fr: Actifs}
                purpose: {en: Manage the assets., fr: Gérer les actifs.}
                goals:
                  - id: ASSET-1
                    title: {en: Inventory, fr: Inventaire}
                    practices:
                      - id: ASSET-1a
                        level: MIL1
                        title: {en: IT asset inventory, fr: Inventaire des actifs IT}
                        text: {en: IT assets are inventoried., fr: Les actifs IT sont inventoriés.}
                        references: {nist_csf_1_1: [ID.AM-1], cyfun: [BASIC-1.1], nis2: ["21(2)(i)"]}
            """;

    private static QuestionnaireParser.Result parse(String text) {
        return new QuestionnaireParser().parse(FILE, text);
    }

    private static Questionnaire ok(String text) {
        QuestionnaireParser.Result result = parse(text);
        assertThat(result.errors()).isEmpty();
        return result.questionnaire();
    }

    private static LoadError onlyError(String text) {
        QuestionnaireParser.Result result = parse(text);
        assertThat(result.ok()).as("should be refused").isFalse();
        assertThat(result.errors()).as(result.errors().toString()).hasSize(1);
        return result.errors().get(0);
    }

    @Test
    void aModelWithDeclaredFrameworksLevelZeroTitlesPurposesAndSourceLoads() {
        Questionnaire model = ok(MODEL);

        assertThat(model.level(0).orElseThrow().id()).isEqualTo("MIL0");
        assertThat(model.level(0).orElseThrow().name().in(Locale.FRENCH)).isEqualTo("Non réalisé");
        assertThat(model.rules().allNaLevelReached()).isFalse();
        assertThat(model.domains().get(0).purpose().in(Locale.ENGLISH)).isEqualTo("Manage the assets.");
        Practice practice = model.practices().get(0);
        assertThat(practice.title().in(Locale.ENGLISH)).isEqualTo("IT asset inventory");
        assertThat(practice.references().of("nist_csf_1_1")).containsExactly("ID.AM-1");
        assertThat(practice.references().of("cyfun")).containsExactly("BASIC-1.1");
        assertThat(practice.references().nis2()).containsExactly("21(2)(i)");
        // the declared ones in file order, then the known ones referenced
        assertThat(model.frameworks()).extracting(Framework::key).containsExactly("nist_csf_1_1", "cyfun", "nis2");
        assertThat(model.framework("nist_csf_1_1").orElseThrow().label()).isEqualTo("NIST CSF 1.1");
        assertThat(model.source().publisher()).isEqualTo("U.S. Department of Energy");
        assertThat(model.source().date()).isEqualTo("2022-06");
        assertThat(model.source().url()).isEqualTo("https://www.energy.gov/c2m2");
    }

    @Test
    void aReferenceToAnUndeclaredFrameworkNamesTheKey() {
        LoadError error = onlyError(MODEL.replace("cyfun: [BASIC-1.1]", "caf: [A1.a]"));

        assertThat(error.elementId()).isEqualTo("ASSET-1a");
        assertThat(error.message()).contains("references.caf").contains("'caf' is not declared in frameworks");
    }

    @Test
    void anIdThatDoesNotMatchItsFrameworksPatternNamesTheKeyAndTheId() {
        LoadError error = onlyError(MODEL.replace("[ID.AM-1]", "[ID.AM-01x]"));

        assertThat(error.message())
                .contains("references.nist_csf_1_1[0] = 'ID.AM-01x'")
                .contains("NIST CSF 1.1");
    }

    @Test
    void theKnownFrameworksKeepTheirChecks() {
        LoadError pattern = onlyError(MODEL.replace("nis2: [\"21(2)(i)\"]", "nist_csf: [ID.AM-1]"));
        assertThat(pattern.message()).contains("nist_csf[0] = 'ID.AM-1'").contains("regex");

        LoadError declared = onlyError(
                MODEL.replace(
                        "- {key: cyfun, title: CyberFundamentals, version: \"2023\"}",
                        "- {key: cyfun, title: CyberFundamentals, version: \"2023\"}\n  - {key: nis2, title: NIS2, id_pattern: \".*\"}"));
        assertThat(declared.message()).contains("'nis2' is a known framework").contains("remove id_pattern");
    }

    @Test
    void aBrokenIdPatternIsRefused() {
        LoadError error = onlyError(MODEL.replace("version: \"2023\"}", "version: \"2023\", id_pattern: \"[a-\"}"));

        assertThat(error.message())
                .contains("frameworks[1].id_pattern '[a-'")
                .contains("not a valid regular expression");
    }

    @Test
    void aDraftLocaleFallsBackToTheDefaultTextWithAMarker() {
        String draft = MODEL.replace("locales: [en, fr]", "locales: [en, fr]\ndraft_locales: [fr]")
                .replace(", fr: Les actifs IT sont inventoriés.", "")
                .replace(", fr: Gérer les actifs.", "");
        Questionnaire model = ok(draft);

        assertThat(model.draftLocales()).containsExactly("fr");
        assertThat(model.practices().get(0).text().in(Locale.FRENCH)).isEqualTo("[EN] IT assets are inventoried.");
        assertThat(model.domains().get(0).purpose().in(Locale.FRENCH)).isEqualTo("[EN] Manage the assets.");
        assertThat(model.domains().get(0).title().in(Locale.FRENCH)).isEqualTo("Actifs");
    }

    @Test
    void withoutDraftLocalesAMissingTextIsAnError() {
        LoadError error = onlyError(MODEL.replace(", fr: Les actifs IT sont inventoriés.", ""));

        assertThat(error.elementId()).isEqualTo("ASSET-1a");
        assertThat(error.message()).isEqualTo("text has no 'fr' translation (declared in locales)");
    }

    @Test
    void aPublishedQuestionnaireNeedsItsLocalesComplete() {
        LoadError error = onlyError(MODEL.replace("status: draft", "status: published")
                .replace("locales: [en, fr]", "locales: [en, fr]\ndraft_locales: [fr]"));

        assertThat(error.message()).contains("a published questionnaire needs every declared locale complete");
    }

    @Test
    void aDraftLocaleMustBeDeclaredAndNotTheDefault() {
        assertThat(onlyError(MODEL.replace("locales: [en, fr]", "locales: [en, fr]\ndraft_locales: [de]"))
                        .message())
                .isEqualTo("draft locale 'de' is not in locales [en, fr]");
        assertThat(onlyError(MODEL.replace("locales: [en, fr]", "locales: [en, fr]\ndraft_locales: [en]"))
                        .message())
                .contains("draft locale 'en' is the default locale");
    }

    @Test
    void aSchemaErrorNamesTheFieldAndTheBadValue() {
        LoadError error = onlyError(MODEL.replace("level: MIL1", "level: mil1"));

        assertThat(error.elementId()).isEqualTo("ASSET-1a");
        assertThat(error.message())
                .startsWith("domains[0].goals[0].practices[0].level = 'mil1': ")
                .contains("regex");
        LoadError date = onlyError(MODEL.replace("date: 2022-06", "date: June 2022"));
        assertThat(date.message()).startsWith("source.date = 'June 2022': ");
    }

    @Test
    void aDuplicateIdNamesTheLineOfItsFirstUse() {
        String twice = MODEL.replace("  - id: ASSET-1\n", "  - id: ASSET\n");
        List<String> lines = twice.lines().toList();
        int first = lines.indexOf("  - id: ASSET") + 1;
        LoadError error = onlyError(twice);

        assertThat(error.message())
                .isEqualTo("id ASSET is used more than once in the file (first on line " + first
                        + "); ids must be unique");
        assertThat(error.line()).isGreaterThan(first);
    }

    @Test
    void anOptionOfTheOtherMethodIsRefusedByName() {
        LoadError error = onlyError(MODEL.replace("all_na_level_reached: false", "band_decimals: 1"));

        assertThat(error.message())
                .isEqualTo("scoring.band_decimals is an option of averaged questionnaires; this one is cumulative:"
                        + " remove it");
    }
}
