package eu.resilience.assessment.exchange;

import eu.resilience.assessment.assessment.AnswerChange;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentWork;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering offline: the workbook to answer an assessment, the preview of an uploaded one (nothing written), and its
 * application through {@link AssessmentService#saveAnswers} (one transaction, the screen's rules, audited "via workbook
 * upload"); the blank questionnaire as a workbook and a PDF. Tenancy and roles are the assessment service's: another
 * organization's assessment is "not found".
 */
@Service
public class ExchangeService {

    /** The audit detail of every answer stored from a workbook. */
    public static final String VIA_UPLOAD = "via workbook upload";

    /** The largest file accepted, checked before parsing (also the upload field's limit). */
    public static final long MAX_FILE_BYTES = UploadReader.MAX_BYTES;

    private final AssessmentService assessments;
    private final QuestionnaireService questionnaires;
    private final OrganizationService organizations;
    private final ApplicationEventPublisher events;

    ExchangeService(
            AssessmentService assessments,
            QuestionnaireService questionnaires,
            OrganizationService organizations,
            ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.organizations = organizations;
        this.events = events;
    }

    /** The workbook to answer one of the user's organization's assessments offline, with its current answers. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional
    public Download answeringWorkbook(long assessmentId, Locale locale) {
        AssessmentWork work = assessments.open(assessmentId); // tenancy first: "not found" for another organization
        Texts texts = new Texts(locale);
        Questionnaire questionnaire = work.questionnaire();
        byte[] content = AnswerWorkbook.write(new AnswerWorkbook.Content(
                work.id(),
                questionnaire,
                practicesToAnswer(work),
                work.answers(),
                work.campaignName() + " · " + work.organizationName() + " · "
                        + questionnaire.title().in(locale) + " " + questionnaire.version(),
                texts));
        events.publishEvent(new AnsweringWorkbookExported(
                assessmentId, organizations.myOrganization().id(), work.campaignName()));
        return new Download(fileStem(work.campaignName()) + "-answers.xlsx", Download.XLSX, content);
    }

    /**
     * The practices of the workbook: those visible to the organization now, and those its answers could make visible
     * (visible with no answers at all), so that an answer changed in the file shows its consequences in the preview.
     */
    static Set<String> practicesToAnswer(AssessmentWork work) {
        Questionnaire questionnaire = work.questionnaire();
        Set<String> hiddenNow = work.hiddenPractices();
        Set<String> hiddenByProfile = questionnaire.hiddenPractices(work.profile(), Map.of());
        Set<String> ids = new HashSet<>();
        for (Practice practice : questionnaire.practices()) {
            if (!hiddenNow.contains(practice.id()) || !hiddenByProfile.contains(practice.id())) {
                ids.add(practice.id());
            }
        }
        return ids;
    }

    /**
     * What an uploaded workbook would change in one of the user's organization's assessments; writes nothing.
     *
     * @throws ExchangeException when the file cannot be read safely or is not a workbook of this assessment
     */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public Preview preview(long assessmentId, String fileName, byte[] file, Locale locale) {
        AssessmentWork work = assessments.open(assessmentId); // tenancy first
        if (!work.isAnswerable()) {
            throw new AssessmentException(work.lockedReasonKey(), work.lockedReasonArgument());
        }
        Texts texts = new Texts(locale);
        try (XSSFWorkbook workbook = UploadReader.open(file)) {
            Sheet meta = workbook.getSheet(Layout.META);
            if (meta == null) {
                throw new ExchangeException("exchange.file.not-ours");
            }
            String questionnaireId = metaText(meta, Layout.META_QUESTIONNAIRE);
            String version = metaText(meta, Layout.META_VERSION);
            long fileAssessment = (long) metaNumber(meta, Layout.META_ASSESSMENT);
            if (metaNumber(meta, Layout.META_FORMAT) != Layout.FORMAT || questionnaireId == null || version == null) {
                throw new ExchangeException("exchange.file.not-ours");
            }
            if (fileAssessment != 0 && fileAssessment != assessmentId) {
                assessments.open(fileAssessment); // another organization's: "not found", as everywhere
                throw new ExchangeException("exchange.file.other-assessment");
            }
            if (!questionnaireId.equals(work.questionnaire().id())
                    || !version.equals(work.questionnaire().version())) {
                throw new ExchangeException(
                        "exchange.file.other-questionnaire",
                        questionnaires.title(questionnaireId, version, locale),
                        work.questionnaire().title().in(locale) + " "
                                + work.questionnaire().version());
            }
            String sheetName = metaText(meta, Layout.META_SHEET);
            Sheet sheet = sheetName == null ? null : workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new ExchangeException("exchange.file.sheet-missing", String.valueOf(sheetName));
            }
            Map<String, Integer> rows = new LinkedHashMap<>();
            Map<String, Long> revisions = new HashMap<>();
            for (int i = Layout.META_FIRST_PRACTICE; i <= meta.getLastRowNum(); i++) {
                Row row = meta.getRow(i);
                String practiceId = row == null ? null : text(row.getCell(0));
                if (practiceId == null || practiceId.isBlank()) {
                    continue;
                }
                rows.put(practiceId, (int) number(row.getCell(1)));
                revisions.put(practiceId, fileAssessment == 0 ? -1 : (long) number(row.getCell(2)));
            }
            return new PreviewBuilder(work, sheet, rows, revisions, fileAssessment == 0, texts).build(fileName);
        } catch (IOException e) {
            throw new ExchangeException("exchange.file.not-xlsx");
        }
    }

    /**
     * Applies a preview: its changes, and the conflicts the user takes from the file (the others keep the screen's
     * answer), in one transaction through the assessment service, or nothing at all.
     *
     * @param takeFromFile the practice ids of the conflicts to resolve with the file's answer
     * @throws AssessmentException.StaleAnswer when an answer changed since the preview: nothing is stored
     */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    public List<AnswerState> apply(Preview preview, Set<String> takeFromFile) {
        List<AnswerChange> changes = new ArrayList<>();
        preview.changes().forEach(c -> changes.add(new AnswerChange(c.practiceId(), c.input(), c.revision())));
        preview.conflicts().stream()
                .filter(c -> takeFromFile.contains(c.practiceId()))
                .forEach(c -> changes.add(new AnswerChange(c.practiceId(), c.input(), c.revision())));
        if (changes.isEmpty()) {
            return List.of();
        }
        return assessments.saveAnswers(preview.assessmentId(), changes, VIA_UPLOAD);
    }

    /** The blank workbook of a questionnaire version (every practice, no answers), for preparation. */
    @PreAuthorize("isAuthenticated()")
    public Download blankWorkbook(String questionnaireId, String version, Locale locale) {
        Questionnaire questionnaire = catalogued(questionnaireId, version);
        Set<String> all = new HashSet<>(questionnaire.practicesById().keySet());
        byte[] content = AnswerWorkbook.write(new AnswerWorkbook.Content(
                0,
                questionnaire,
                all,
                Map.of(),
                questionnaire.title().in(locale) + " " + questionnaire.version(),
                new Texts(locale)));
        return new Download(fileStem(questionnaire.id() + "-" + version) + ".xlsx", Download.XLSX, content);
    }

    /** The printable questionnaire: practices, options, guidance, N/A, evidence hints and references. */
    @PreAuthorize("isAuthenticated()")
    public Download blankPdf(String questionnaireId, String version, Locale locale) {
        Questionnaire questionnaire = catalogued(questionnaireId, version);
        byte[] content = QuestionnairePdf.write(questionnaire, new Texts(locale));
        return new Download(fileStem(questionnaire.id() + "-" + version) + ".pdf", Download.PDF, content);
    }

    private Questionnaire catalogued(String questionnaireId, String version) {
        // the catalogue the user may see: the same list as the catalogue screen
        return questionnaires.catalogue().stream()
                .filter(q -> q.id().equals(questionnaireId) && q.version().equals(version))
                .findFirst()
                .orElseThrow(() -> new ExchangeException("exchange.questionnaire.not-found", questionnaireId));
    }

    static String fileStem(String name) {
        String stem = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("-+", "-");
        return stem.isEmpty() ? "assessment" : stem;
    }

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private static String metaText(Sheet meta, int row) {
        Row r = meta.getRow(row);
        return r == null ? null : text(r.getCell(1));
    }

    private static double metaNumber(Sheet meta, int row) {
        Row r = meta.getRow(row);
        return r == null ? -1 : number(r.getCell(1));
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.FORMULA) {
            return null;
        }
        return FORMATTER.formatCellValue(cell);
    }

    private static double number(Cell cell) {
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            throw new ExchangeException("exchange.file.not-ours");
        }
        return cell.getNumericCellValue();
    }
}
