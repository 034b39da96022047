package eu.resilience.assessment.questionnaire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.questionnaire.LoadError;
import eu.resilience.assessment.questionnaire.TestQuestionnaires;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Loading a questionnaire directory against a real database: one bad file does not stop the others, and a published
 * version is locked to its content. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class QuestionnaireDirectoryLoaderContract {

    @Autowired
    QuestionnaireDirectoryLoader loader;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @TempDir
    Path directory;

    /** A small valid file; a fresh id each time, because the lock table outlives a test. */
    private static String questionnaire(String id, String status, String practiceText) {
        return TestQuestionnaires.minimal(id, "2.1", status, practiceText);
    }

    private static String freshId() {
        return "loader-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aBrokenFileIsReportedWithFileLineAndIdWhileTheOthersLoad() throws IOException {
        String good = freshId();
        Files.writeString(directory.resolve("a-good.yaml"), questionnaire(good, "published", "Someone owns risk."));
        Files.writeString(
                directory.resolve("b-broken.yaml"),
                questionnaire(freshId(), "published", "Broken.").replace("level: MIL1", "level: MIL9"));
        Files.writeString(directory.resolve("notes.txt"), "not a questionnaire");

        QuestionnaireDirectoryLoader.Loaded loaded = loader.load(directory);

        assertThat(loaded.questionnaires()).extracting(q -> q.id()).containsExactly(good);
        assertThat(loaded.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("b-broken.yaml");
            assertThat(error.line()).isEqualTo(26);
            assertThat(error.elementId()).isEqualTo("GOV.1.1");
            assertThat(error.message()).contains("MIL9");
        });
    }

    @Test
    void aPublishedVersionWhoseContentChangedIsRefused() throws IOException {
        String id = freshId();
        Path file = directory.resolve(id + ".yaml");
        Files.writeString(file, questionnaire(id, "published", "Someone owns risk."));
        assertThat(loader.load(directory).questionnaires()).hasSize(1);

        Files.writeString(file, "# only a comment added\n" + questionnaire(id, "published", "Someone owns risk."));
        assertThat(loader.load(directory).errors()).isEmpty();

        Files.writeString(file, questionnaire(id, "published", "Someone owns all risk."));
        QuestionnaireDirectoryLoader.Loaded changed = loader.load(directory);

        assertThat(changed.questionnaires()).isEmpty();
        LoadError error = changed.errors().get(0);
        assertThat(error.file()).isEqualTo(id + ".yaml");
        assertThat(error.elementId()).isEqualTo(id);
        assertThat(error.message()).contains("immutable").contains("new version");
    }

    /** The small file in English and French, and in German too when {@code german} is given. */
    private static String bilingual(String id, String english, String french, String german) {
        String text = questionnaire(id, "published", english)
                .replace("locales: [en]", german == null ? "locales: [en, fr]" : "locales: [en, fr, de]")
                .replace(
                        "{en: " + english + "}",
                        "{en: " + english + ", fr: " + french + (german == null ? "" : ", de: " + german) + "}");
        for (String[] t : new String[][] {
            {"Minimal", "Minimale", "Minimal"},
            {"One practice.", "Une pratique.", "Eine Praxis."},
            {"Initiated", "Initié", "Eingeleitet"},
            {"Yes or no", "Oui ou non", "Ja oder nein"},
            {"\"Yes\"", "\"Oui\"", "\"Ja\""},
            {"\"No\"", "\"Non\"", "\"Nein\""},
            {"Governance", "Gouvernance", "Steuerung"},
            {"Ownership", "Responsabilité", "Verantwortung"}
        }) {
            text = text.replace(
                    "{en: " + t[0] + "}",
                    "{en: " + t[0] + ", fr: " + t[1] + (german == null ? "" : ", de: " + t[2]) + "}");
        }
        return text;
    }

    @Test
    void aPublishedVersionMayGainALanguageAndHaveATranslationCorrectedButNotChangeItsEnglish() throws IOException {
        String id = freshId();
        Path file = directory.resolve(id + ".yaml");
        Files.writeString(file, bilingual(id, "Someone owns risk.", "Quelqu'un porte le risque.", null));
        assertThat(loader.load(directory).questionnaires()).hasSize(1);

        Files.writeString(
                file, bilingual(id, "Someone owns risk.", "Quelqu'un porte le risque.", "Jemand trägt das Risiko."));
        assertThat(loader.load(directory).errors()).as("German added").isEmpty();
        Files.writeString(
                file, bilingual(id, "Someone owns risk.", "Une personne porte le risque.", "Jemand trägt das Risiko."));
        assertThat(loader.load(directory).errors()).as("French corrected").isEmpty();

        Files.writeString(
                file,
                bilingual(id, "Someone owns all risk.", "Une personne porte le risque.", "Jemand trägt das Risiko."));
        QuestionnaireDirectoryLoader.Loaded changed = loader.load(directory);
        assertThat(changed.questionnaires()).as("English changed").isEmpty();
        assertThat(changed.errors().get(0).message()).contains("immutable");
    }

    @Test
    void aLockOfTheFirstRuleAcceptsItsFileWithLanguagesAddedAndMovesToTheCurrentRule() throws IOException {
        String id = freshId();
        Path file = directory.resolve(id + ".yaml");
        String before = bilingual(id, "Someone owns risk.", "Quelqu'un porte le risque.", null);
        Files.writeString(file, before);
        assertThat(loader.load(directory).questionnaires()).hasSize(1);
        // as stored before translations were left out: the hash of every text in every language
        String everyText = new QuestionnaireParser()
                .parse(id + ".yaml", before)
                .firstRuleHashes()
                .iterator()
                .next();
        jdbc.update(
                "update questionnaire_version set hash_rule = 1, content_hash = ? where questionnaire_id = ?",
                everyText,
                id);

        Files.writeString(
                file,
                bilingual(id, "Someone owns all risk.", "Quelqu'un porte le risque.", "Jemand trägt das Risiko."));
        assertThat(loader.load(directory).questionnaires())
                .as("English changed")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select hash_rule from questionnaire_version where questionnaire_id = ?", Integer.class, id))
                .isEqualTo(1);

        Files.writeString(
                file, bilingual(id, "Someone owns risk.", "Quelqu'un porte le risque.", "Jemand trägt das Risiko."));
        QuestionnaireDirectoryLoader.Loaded withGerman = loader.load(directory);
        assertThat(withGerman.errors()).as("German added").isEmpty();
        assertThat(withGerman.questionnaires()).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select hash_rule from questionnaire_version where questionnaire_id = ?", Integer.class, id))
                .isEqualTo(ContentHash.RULE);
        assertThat(jdbc.queryForObject(
                        "select content_hash from questionnaire_version where questionnaire_id = ?", String.class, id))
                .isEqualTo(withGerman.questionnaires().get(0).contentHash());
    }

    @Test
    void aDraftMayChange() throws IOException {
        String id = freshId();
        Path file = directory.resolve(id + ".yaml");
        Files.writeString(file, questionnaire(id, "draft", "First wording."));
        assertThat(loader.load(directory).questionnaires()).hasSize(1);

        Files.writeString(file, questionnaire(id, "draft", "Second wording."));

        assertThat(loader.load(directory).questionnaires()).hasSize(1);
    }

    @Test
    void twoFilesWithTheSameIdAndVersionAreRefused() throws IOException {
        String id = freshId();
        Files.writeString(directory.resolve("one.yaml"), questionnaire(id, "draft", "One."));
        Files.writeString(directory.resolve("two.yaml"), questionnaire(id, "draft", "Two."));

        QuestionnaireDirectoryLoader.Loaded loaded = loader.load(directory);

        assertThat(loaded.questionnaires()).hasSize(1);
        assertThat(loaded.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("two.yaml");
            assertThat(e.message()).contains("already defined by one.yaml");
        });
    }

    @Test
    void aFileThatIsNotUtf8OrTooLargeIsRefused() throws IOException {
        Files.write(directory.resolve("latin1.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xE9});
        Files.write(directory.resolve("huge.yaml"), new byte[QuestionnaireParser.MAX_FILE_BYTES + 1]);

        QuestionnaireDirectoryLoader.Loaded loaded = loader.load(directory);

        assertThat(loaded.errors())
                .extracting(LoadError::toString)
                .containsExactlyInAnyOrder(
                        "huge.yaml: the file is larger than 2 MB", "latin1.yaml: the file is not UTF-8 text");
    }

    // ---- several files claiming one id+version: the lock decides, never the file names

    private static final String GENUINE = "Someone owns risk.";
    private static final String TAMPERED = "Nobody needs to own risk.";

    private static String practiceText(QuestionnaireDirectoryLoader.Loaded loaded) {
        return loaded.questionnaires().get(0).practices().get(0).text().in(null);
    }

    /** A published version locked from the file "m-genuine.yaml", which stays in the directory. */
    private String lockedGenuine() throws IOException {
        String id = freshId();
        Files.writeString(directory.resolve("m-genuine.yaml"), questionnaire(id, "published", GENUINE));
        assertThat(loader.load(directory).questionnaires()).hasSize(1);
        return id;
    }

    @ParameterizedTest
    @CsvSource({"a-copy.yaml, draft", "z-copy.yaml, draft", "a-copy.yaml, published", "z-copy.yaml, published"})
    void aChangedCopyOfALockedVersionIsRefusedAndNamedWhateverItsNameAndTheGenuineFileIsServed(
            String copyName, String status) throws IOException {
        String id = lockedGenuine();
        Files.writeString(directory.resolve(copyName), questionnaire(id, status, TAMPERED));

        QuestionnaireDirectoryLoader.Loaded loaded = loader.load(directory);

        assertThat(loaded.questionnaires()).singleElement().satisfies(q -> {
            assertThat(q.sourceFile()).isEqualTo("m-genuine.yaml");
            assertThat(q.status()).hasToString("PUBLISHED");
        });
        assertThat(practiceText(loaded)).isEqualTo(GENUINE);
        assertThat(loaded.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(copyName);
            assertThat(error.elementId()).isEqualTo(id);
            assertThat(error.message())
                    .contains("claims published version 2.1 of " + id)
                    .contains("locked with other content")
                    .contains("m-genuine.yaml");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-copy.yaml", "z-copy.yaml"})
    void anIdenticalCopyOfALockedVersionIsRefusedAsADuplicateOfTheLockedFile(String copyName) throws IOException {
        String id = lockedGenuine();
        Files.writeString(directory.resolve(copyName), questionnaire(id, "published", GENUINE));

        QuestionnaireDirectoryLoader.Loaded loaded = loader.load(directory);

        assertThat(loaded.questionnaires()).extracting(q -> q.sourceFile()).containsExactly("m-genuine.yaml");
        assertThat(loaded.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(copyName);
            assertThat(error.message()).contains("already defined by m-genuine.yaml");
        });
    }

    @Test
    void whenOnlyChangedCopiesClaimALockedVersionNoneIsServed() throws IOException {
        String id = lockedGenuine();
        Files.delete(directory.resolve("m-genuine.yaml"));
        Files.writeString(directory.resolve("a-copy.yaml"), questionnaire(id, "draft", TAMPERED));

        QuestionnaireDirectoryLoader.Loaded loaded = loader.load(directory);

        assertThat(loaded.questionnaires()).isEmpty();
        assertThat(loaded.errors()).singleElement().satisfies(error -> assertThat(error.message())
                .contains("a draft may not replace a published version"));
    }

    @ParameterizedTest
    @CsvSource({"a-draft.yaml, m-published.yaml", "z-draft.yaml, m-published.yaml"})
    void aDraftNeverShadowsAPublishedFileOfTheSameVersionEvenBeforeItIsLocked(String draftName, String publishedName)
            throws IOException {
        String id = freshId();
        Files.writeString(directory.resolve(draftName), questionnaire(id, "draft", TAMPERED));
        Files.writeString(directory.resolve(publishedName), questionnaire(id, "published", GENUINE));

        QuestionnaireDirectoryLoader.Loaded loaded = loader.load(directory);

        assertThat(loaded.questionnaires()).extracting(q -> q.sourceFile()).containsExactly(publishedName);
        assertThat(loaded.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(draftName);
            assertThat(error.message()).contains("already defined by " + publishedName);
        });
        // and the published content is the one locked: the draft cannot take its place later either
        Files.delete(directory.resolve(publishedName));
        assertThat(loader.load(directory).questionnaires()).isEmpty();
    }

    @Test
    void twoDifferentPublishedFilesOfANewVersionAreBothRefusedAndNothingIsLocked() throws IOException {
        String id = freshId();
        Files.writeString(directory.resolve("one.yaml"), questionnaire(id, "published", GENUINE));
        Files.writeString(directory.resolve("two.yaml"), questionnaire(id, "published", TAMPERED));

        QuestionnaireDirectoryLoader.Loaded loaded = loader.load(directory);

        assertThat(loaded.questionnaires()).isEmpty();
        assertThat(loaded.errors()).extracting(LoadError::file).containsExactlyInAnyOrder("one.yaml", "two.yaml");
        assertThat(loaded.errors()).allSatisfy(e -> assertThat(e.message()).contains("with other content than"));

        Files.delete(directory.resolve("one.yaml"));
        assertThat(loader.load(directory).questionnaires())
                .as("the remaining file loads: no lock was taken while it was ambiguous")
                .extracting(q -> q.sourceFile())
                .containsExactly("two.yaml");
    }
}
