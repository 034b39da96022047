package eu.resilience.assessment.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.questionnaire.QuestionnaireStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

/**
 * The imports through the service, on the application's questionnaire folder: a draft file written and served as a
 * draft, audited; refused imports (a version in the catalogue, a file that exists, a role other than administrator)
 * write nothing.
 */
@H2Test
class AuthoringServiceTest {

    @Autowired
    AuthoringService authoring;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    AuditLog audit;

    @Value("${resilience.questionnaires.directory}")
    Path folder;

    private final List<String> written = new java.util.ArrayList<>();

    @AfterEach
    void removeDrafts() throws IOException {
        for (String file : written) {
            Files.deleteIfExists(folder.resolve(file));
        }
        As.user("admin", Role.ADMIN, () -> questionnaires.reload());
    }

    @Test
    void anAdministratorsWorkbookBecomesADraftInTheCatalogue() throws IOException {
        byte[] template = As.user("admin", Role.ADMIN, () -> authoring.template("quick-check", "1.0"))
                .content();
        byte[] renamed = withId(template, "authoring-test-check");
        written.add("authoring-test-check-1.0.yaml");

        AuthoringService.Imported imported =
                As.user("admin", Role.ADMIN, () -> authoring.importWorkbook("check.xlsx", renamed));

        assertThat(imported.fileName()).isEqualTo("authoring-test-check-1.0.yaml");
        assertThat(Files.readString(folder.resolve(imported.fileName()))).contains("status: draft");
        assertThat(questionnaires.find("authoring-test-check", "1.0")).hasValueSatisfying(q -> {
            assertThat(q.status()).isEqualTo(QuestionnaireStatus.DRAFT);
            assertThat(q.practices())
                    .hasSize(imported.questionnaire().practices().size());
        });
        assertThat(As.user("admin", Role.ADMIN, () -> audit.eventsOf("questionnaire", "authoring-test-check@1.0")))
                .extracting(e -> e.getAction())
                .contains("QUESTIONNAIRE_DRAFT_IMPORTED");

        // the same again: the version is in the catalogue now, and nothing is replaced
        String before = Files.readString(folder.resolve(imported.fileName()));
        assertThatThrownBy(() -> As.user("admin", Role.ADMIN, () -> authoring.importWorkbook("check.xlsx", renamed)))
                .isInstanceOfSatisfying(
                        AuthoringException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("authoring.version.exists"));
        assertThat(Files.readString(folder.resolve(imported.fileName()))).isEqualTo(before);
    }

    @Test
    void theExportOfAShippedQuestionnaireIsRefusedAsItsVersionIsInTheCatalogue() throws IOException {
        List<Path> filesBefore = files();
        byte[] template = As.user("admin", Role.ADMIN, () -> authoring.template("cyber-resilience-baseline", "1.0"))
                .content();

        assertThatThrownBy(() -> As.user("admin", Role.ADMIN, () -> authoring.importWorkbook("b.xlsx", template)))
                .isInstanceOfSatisfying(AuthoringException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey, Problem::arguments)
                        .containsExactly(org.assertj.core.api.Assertions.tuple(
                                "authoring.version.exists", List.of("cyber-resilience-baseline", "1.0"))));
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void aFrameworkLibraryBecomesADraftWithItsNotes() throws IOException {
        written.add("harbour-mm-2.yaml");
        byte[] library = LibraryImporterTest.resource("maturity-library.yaml");

        AuthoringService.Imported imported =
                As.user("admin", Role.ADMIN, () -> authoring.importLibrary("maturity-library.yaml", library));

        assertThat(imported.notes()).isNotEmpty().noneMatch(Problem::blocking);
        assertThat(questionnaires.find("harbour-mm", "2")).isPresent();
    }

    @Test
    void onlyAdministratorsImportAndNothingIsWrittenForTheOthers() throws IOException {
        List<Path> filesBefore = files();
        byte[] library = LibraryImporterTest.resource("maturity-library.yaml");
        for (Role role : List.of(Role.RESPONDENT, Role.ORG_ADMIN, Role.LEAD)) {
            assertThatThrownBy(() -> As.user("someone", role, () -> authoring.importLibrary("l.yaml", library)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> As.user("someone", role, () -> authoring.template("quick-check", "1.0")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(files()).isEqualTo(filesBefore);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static byte[] withId(byte[] template, String id) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet(Template.QUESTIONNAIRE);
            sheet.getRow(1).getCell(1).setCellValue(id);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
