package eu.resilience.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.base.ui.Messages;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files that must be refused before anything is read from them, each with its message, and with nothing changed: not a
 * workbook, too big, password-protected, with macros, a zip bomb, too many rows, an old xls, another assessment's or
 * another questionnaire version's workbook, another organization's ("not found").
 */
@H2Test
class BadFilesTest {

    @Autowired
    ExchangeService exchange;

    @Autowired
    AssessmentService assessments;

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    Messages messages;

    long assessment;
    byte[] workbook;
    Map<String, AnswerState> before;

    @BeforeEach
    void anAssessmentWithOneAnswer() {
        assessment =
                TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", ExchangeContract.BASELINE);
        As.user(
                "respondent",
                Role.RESPONDENT,
                () -> assessments.saveAnswer(
                        assessment, "GOV.1.1", AnswerInput.empty().withOption("partially"), -1));
        workbook = As.user("respondent", Role.RESPONDENT, () -> exchange.answeringWorkbook(assessment, Locale.ENGLISH))
                .content();
        before = answers();
    }

    Map<String, AnswerState> answers() {
        return As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                .answers();
    }

    /** The upload is refused with this message (in English) and the assessment's answers are as before. */
    void refused(byte[] file, String key, String message) {
        assertThatThrownBy(() -> As.user(
                        "respondent",
                        Role.RESPONDENT,
                        () -> exchange.preview(assessment, "upload.xlsx", file, Locale.ENGLISH)))
                .isInstanceOfSatisfying(ExchangeException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(messages.getTranslation(key, Locale.ENGLISH, e.arguments()))
                            .isEqualTo(message);
                    assertThat(messages.getTranslation(key, Locale.FRENCH, e.arguments()))
                            .doesNotStartWith("!")
                            .isNotEqualTo(message);
                });
        assertThat(answers()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAWorkbook() throws Exception {
        refused(
                "%PDF-1.7 not a workbook".getBytes(),
                "exchange.file.not-xlsx",
                "This file is not an Excel workbook (xlsx). Upload the workbook downloaded for answering, saved as .xlsx.");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("a zip, not a workbook".getBytes());
        }
        refused(
                zip.toByteArray(),
                "exchange.file.not-xlsx",
                "This file is not an Excel workbook (xlsx). Upload the workbook downloaded for answering, saved as .xlsx.");
        refused(new byte[0], "exchange.file.empty", "The file is empty.");
    }

    @Test
    void aFileOfMoreThan20MegabytesIsRefusedBeforeParsing() {
        byte[] big = new byte[(int) ExchangeService.MAX_FILE_BYTES + 1];
        System.arraycopy(workbook, 0, big, 0, workbook.length); // a real workbook's start: only the size refuses it
        refused(big, "exchange.file.too-big", "The file is larger than 20 MB: it was not read.");
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(workbook));
                OutputStream out = encryptor.getDataStream(fs)) {
            opc.save(out);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        fs.close();
        refused(
                encrypted.toByteArray(),
                "exchange.file.encrypted",
                "This workbook is protected by a password, so it cannot be read. Save it without a password (File >"
                        + " Info > Protect workbook) and upload it again.");
    }

    @Test
    void aMacroEnabledWorkbook() throws Exception {
        byte[] xlsm;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.setWorkbookType(XSSFWorkbookType.XLSM);
            book.write(out);
            xlsm = out.toByteArray();
        }
        refused(
                xlsm,
                "exchange.file.macros",
                "This workbook contains macros (xlsm): it is refused. Save it as an Excel workbook (.xlsx) without macros"
                        + " and upload it again.");
    }

    @Test
    void aZipBomb() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("xl/media/padding.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                out.write(zeros); // 200 MB that compress to a few hundred kB
            }
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        refused(
                bomb.toByteArray(),
                "exchange.file.zip-bomb",
                "This file expands to far more data than a workbook of answers can hold (a \"zip bomb\"): it was not"
                        + " read.");
    }

    @Test
    void aSheetOfMoreThan10000Rows() throws Exception {
        byte[] huge;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = sheet.getLastRowNum() + 1; i <= 10_005; i++) {
                sheet.createRow(i).createCell(6).setCellValue("row " + i);
            }
            book.write(out);
            huge = out.toByteArray();
        }
        refused(
                huge,
                "exchange.file.too-many-rows",
                "The sheet Answers has more than 10,000 rows: the file was not read.");
    }

    @Test
    void anOldFormatExcelFile() throws Exception {
        byte[] xls;
        try (HSSFWorkbook book = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Answers").createRow(0).createCell(0).setCellValue("GOV.1.1");
            book.write(out);
            xls = out.toByteArray();
        }
        refused(
                xls,
                "exchange.file.old-format",
                "This is an old-format Excel file (xls). Save it as an Excel workbook (.xlsx) and upload it again.");
    }

    @Test
    void aWorkbookWithoutItsHiddenSheet() throws Exception {
        byte[] plain;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Answers").createRow(0).createCell(0).setCellValue("GOV.1.1");
            book.write(out);
            plain = out.toByteArray();
        }
        refused(
                plain,
                "exchange.file.not-ours",
                "This workbook was not downloaded for answering from this application (its hidden sheet of references is"
                        + " missing or changed).");
    }

    @Test
    void theWorkbookOfAnotherAssessmentOrQuestionnaireVersion() {
        long other =
                TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", ExchangeContract.BASELINE);
        byte[] otherFile = As.user(
                        "respondent", Role.RESPONDENT, () -> exchange.answeringWorkbook(other, Locale.ENGLISH))
                .content();
        refused(
                otherFile,
                "exchange.file.other-assessment",
                "This workbook belongs to another assessment. Download the workbook of this assessment.");
        byte[] quickCheck = As.user(
                        "respondent",
                        Role.RESPONDENT,
                        () -> exchange.blankWorkbook("quick-check", "1.0", Locale.ENGLISH))
                .content();
        refused(
                quickCheck,
                "exchange.file.other-questionnaire",
                "This workbook is for the questionnaire Quick check for small operators 1.0, but this assessment uses"
                        + " Cyber resilience baseline 1.0.");
    }

    @Test
    void theWorkbookOfAnotherOrganizationsAssessmentIsNotFound() {
        long clinique =
                TestCampaigns.openAssessment(campaigns, organizations, "Clinique des Alpes", ExchangeContract.BASELINE);
        byte[] theirs = As.user("clinique", Role.ORG_ADMIN, () -> exchange.answeringWorkbook(clinique, Locale.ENGLISH))
                .content();

        assertThatThrownBy(() -> As.user(
                        "respondent",
                        Role.RESPONDENT,
                        () -> exchange.preview(assessment, "theirs.xlsx", theirs, Locale.ENGLISH)))
                .isInstanceOf(AssessmentException.NotFound.class);
        // and their own assessment, directly: "not found" as everywhere
        assertThatThrownBy(() -> As.user(
                        "respondent",
                        Role.RESPONDENT,
                        () -> exchange.preview(clinique, "theirs.xlsx", theirs, Locale.ENGLISH)))
                .isInstanceOf(AssessmentException.NotFound.class);
        assertThatThrownBy(() -> As.user(
                        "respondent", Role.RESPONDENT, () -> exchange.answeringWorkbook(clinique, Locale.ENGLISH)))
                .isInstanceOf(AssessmentException.NotFound.class);
        assertThat(answers()).isEqualTo(before);
    }
}
