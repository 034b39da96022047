package eu.resilience.assessment.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.questionnaire.internal.QuestionnaireDirectoryLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Reloading the catalogue with an impostor file in the folder, as an administrator with file access could: the shipped
 * baseline 1.0 (published, locked, used by the demo campaigns) stays in service with its own content, whatever the
 * impostor's name and status, and even when its own file is gone.
 */
@H2Test
class QuestionnaireReloadTest {

    private static final String BASELINE = "cyber-resilience-baseline";
    private static final String GENUINE_TEXT =
            "Top management has appointed a named person accountable for cybersecurity and approves the main cyber risk"
                    + " decisions.";

    @Autowired
    QuestionnaireDirectoryLoader loader;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path directory;

    String genuine;
    QuestionnaireService catalogue;

    @BeforeEach
    void aFolderWithTheShippedBaseline() throws IOException {
        genuine = Files.readString(Path.of("questionnaires", "cyber-resilience-baseline-1.0.yaml"));
        Files.writeString(directory.resolve("cyber-resilience-baseline-1.0.yaml"), genuine);
        catalogue = new QuestionnaireService(loader, context.getBeanProvider(QuestionnairesInUse.class), directory);
        catalogue.loadAtStart();
        assertThat(catalogue.loadErrors()).isEmpty();
    }

    /** The baseline with another status, five weights changed and the first practice's text changed. */
    private String tampered(String status) {
        String copy = genuine.replace("status: published", "status: " + status)
                .replace(GENUINE_TEXT, "Nobody needs to be accountable for cybersecurity.");
        for (int i = 0; i < 5; i++) {
            copy = copy.replaceFirst("weight: 3\n", "weight: 1\n");
        }
        return copy;
    }

    private Questionnaire baseline() {
        return catalogue.find(BASELINE, "1.0").orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "a-cyber-resilience-baseline-1.0-draft.yaml, draft",
        "z-cyber-resilience-baseline-1.0-draft.yaml, draft",
        "a-cyber-resilience-baseline-1.0-copy.yaml, published",
        "z-cyber-resilience-baseline-1.0-copy.yaml, published"
    })
    void anImpostorCopyIsRefusedAndNamedAndTheGenuineBaselineStaysInService(String name, String status)
            throws IOException {
        Files.writeString(directory.resolve(name), tampered(status));

        catalogue.reload();

        assertThat(baseline().status()).isEqualTo(QuestionnaireStatus.PUBLISHED);
        assertThat(baseline().sourceFile()).isEqualTo("cyber-resilience-baseline-1.0.yaml");
        assertThat(baseline().practice("GOV.1.1").orElseThrow().text().in(null)).isEqualTo(GENUINE_TEXT);
        assertThat(catalogue.loadErrors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(name);
            assertThat(error.message()).contains("locked with other content");
        });
    }

    @Test
    void whenTheGenuineFileIsGoneTheVersionInUseStaysInServiceAndTheErrorSaysSo() throws IOException {
        Files.delete(directory.resolve("cyber-resilience-baseline-1.0.yaml"));
        Files.writeString(directory.resolve("a-cyber-resilience-baseline-1.0-copy.yaml"), tampered("published"));

        catalogue.reload();

        assertThat(baseline().practice("GOV.1.1").orElseThrow().text().in(null)).isEqualTo(GENUINE_TEXT);
        assertThat(catalogue.loadErrors())
                .extracting(LoadError::toString)
                .anySatisfy(e -> assertThat(e).startsWith("a-cyber-resilience-baseline-1.0-copy.yaml"))
                .anySatisfy(e -> assertThat(e)
                        .startsWith("cyber-resilience-baseline-1.0.yaml")
                        .contains("stays in service"));

        // once the file is back, it loads as before and the error is gone
        Files.writeString(directory.resolve("cyber-resilience-baseline-1.0.yaml"), genuine);
        Files.delete(directory.resolve("a-cyber-resilience-baseline-1.0-copy.yaml"));
        catalogue.reload();
        assertThat(catalogue.loadErrors()).isEmpty();
        assertThat(baseline().sourceFile()).isEqualTo("cyber-resilience-baseline-1.0.yaml");
    }

    @Test
    void aVersionNoCampaignUsesLeavesTheCatalogueWithItsFile() throws IOException {
        String unused = "unused-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = directory.resolve(unused + ".yaml");
        Files.writeString(
                file,
                genuine.replace("id: " + BASELINE, "id: " + unused).replace("status: published", "status: draft"));
        catalogue.reload();
        assertThat(catalogue.find(unused, "1.0")).isPresent();

        Files.delete(file);
        catalogue.reload();

        assertThat(catalogue.find(unused, "1.0")).isEmpty();
        assertThat(catalogue.loadErrors()).isEmpty();
    }
}
