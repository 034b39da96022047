package eu.resilience.assessment.exchange;

import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentWork;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.text.FreeText;
import eu.resilience.assessment.text.Translations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the answer rows of an uploaded workbook against the assessment as stored now, without writing anything: each row
 * is unchanged, a change, a conflict (the answer changed since the file was made) or has problems (each with its cell).
 * Visibility conditions are then evaluated in questionnaire order on the answers as they would be after the upload: a
 * row whose practice that leaves hidden is reported, not applied.
 */
final class PreviewBuilder {

    private final AssessmentWork work;
    private final Questionnaire questionnaire;
    private final Texts texts;
    private final Locale locale;
    private final Sheet sheet;
    private final String sheetName;
    private final Map<String, Integer> metaRows;
    private final Map<String, Long> metaRevisions;
    private final Map<String, Option> labels;
    private final Set<String> yes;
    private final Set<String> no;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<Preview.Problem> problems = new ArrayList<>();
    private final boolean blankFile;

    /** What the file says for one practice. */
    private record Option(String optionId, boolean notApplicable) {}

    private record Row0(Practice practice, int row, AnswerInput input, long fileRevision) {}

    PreviewBuilder(
            AssessmentWork work,
            Sheet sheet,
            Map<String, Integer> metaRows,
            Map<String, Long> metaRevisions,
            boolean blankFile,
            Texts texts) {
        this.work = work;
        this.blankFile = blankFile;
        this.questionnaire = work.questionnaire();
        this.texts = texts;
        this.locale = texts.locale();
        this.sheet = sheet;
        this.sheetName = sheet.getSheetName();
        this.metaRows = metaRows;
        this.metaRevisions = metaRevisions;
        this.labels = new HashMap<>();
        this.yes = new HashSet<>();
        this.no = new HashSet<>();
        for (Locale language : Translations.LOCALES) {
            labels.put(normalize(Translations.get("exchange.na", language)), new Option(null, true));
            yes.add(normalize(Translations.get("exchange.yes", language)));
            no.add(normalize(Translations.get("exchange.no", language)));
        }
        labels.put("n/a", new Option(null, true));
        labels.put("na", new Option(null, true));
        yes.addAll(List.of("yes", "true", "1", "x"));
        no.addAll(List.of("no", "false", "0"));
    }

    Preview build(String fileName) {
        Map<String, Integer> idRows = new HashMap<>();
        for (Row row : sheet) {
            String id = textOf(row.getCell(Layout.ID));
            if (id != null && !id.isBlank()) {
                idRows.putIfAbsent(id.strip(), row.getRowNum());
            }
        }
        List<Row0> read = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : metaRows.entrySet()) {
            String practiceId = entry.getKey();
            int rowIndex = entry.getValue();
            Optional<Practice> practice = questionnaire.practice(practiceId);
            if (practice.isEmpty()) {
                problem(Layout.cell(Layout.ID, rowIndex), "exchange.row.unknown-practice", practiceId);
                continue;
            }
            Row row = sheet.getRow(rowIndex);
            String idInRow = row == null ? null : textOf(row.getCell(Layout.ID));
            if (idInRow == null || !idInRow.strip().equals(practiceId)) {
                Integer movedTo = idRows.get(practiceId);
                if (movedTo != null) {
                    problem(
                            Layout.cell(Layout.ID, movedTo),
                            "exchange.row.moved",
                            practiceId,
                            rowIndex + 1,
                            movedTo + 1);
                } else {
                    problem(Layout.cell(Layout.ID, rowIndex), "exchange.row.deleted", practiceId, rowIndex + 1);
                }
                continue;
            }
            AnswerInput input = readRow(practice.get(), row);
            if (input != null) {
                read.add(new Row0(practice.get(), rowIndex, input, metaRevisions.get(practiceId)));
            }
        }
        return classify(fileName, read);
    }

    private Preview classify(String fileName, List<Row0> read) {
        // the answers as they would be after the upload (conflicts kept as on the screen), for the conditions
        Map<String, String> after = new HashMap<>();
        work.answers().forEach((id, a) -> after.put(id, optionKey(a.input())));
        Map<String, Row0> differing = new LinkedHashMap<>();
        int unchanged = 0;
        for (Row0 row : read) {
            AnswerState current = work.answers().get(row.practice().id());
            AnswerInput now = current == null ? AnswerInput.empty() : current.input();
            // a row left empty in a blank questionnaire's workbook says nothing about the answer on the screen
            boolean leftEmpty = blankFile && sameAnswer(AnswerInput.empty(), row.input());
            if (leftEmpty || sameAnswer(now, row.input())) {
                unchanged++;
                continue;
            }
            differing.put(row.practice().id(), row);
            long currentRevision = current == null ? -1 : current.revision();
            if (currentRevision == row.fileRevision()) {
                after.put(row.practice().id(), optionKey(row.input()));
            }
        }
        Set<String> hidden = questionnaire.hiddenPractices(work.profile(), after);
        List<Preview.Change> changes = new ArrayList<>();
        List<Preview.Change> conflicts = new ArrayList<>();
        for (Row0 row : differing.values()) {
            String cell = Layout.cell(Layout.ANSWER, row.row());
            if (hidden.contains(row.practice().id())) {
                problem(cell, "exchange.row.hidden", row.practice().id());
                continue;
            }
            AnswerState current = work.answers().get(row.practice().id());
            long currentRevision = current == null ? -1 : current.revision();
            Preview.Change change = new Preview.Change(
                    row.practice().id(),
                    row.practice().text().in(locale),
                    cell,
                    describe(row.practice(), current == null ? null : current.input()),
                    describe(row.practice(), row.input()),
                    row.input(),
                    currentRevision);
            if (currentRevision == row.fileRevision()) {
                changes.add(change);
            } else {
                conflicts.add(change);
            }
        }
        return new Preview(work.id(), fileName, changes, conflicts, unchanged, problems);
    }

    /** The row's answer, or null when a cell has a problem (each reported). */
    private AnswerInput readRow(Practice practice, Row row) {
        int before = problems.size();
        String answer = value(row, Layout.ANSWER);
        String justification = value(row, Layout.NA_JUSTIFICATION);
        String comment = value(row, Layout.COMMENT);
        String evidenceNote = value(row, Layout.EVIDENCE_NOTE);
        Boolean evidence = flag(row, Layout.EVIDENCE);
        Boolean flagged = flag(row, Layout.FLAG);
        Option option = null;
        if (answer != null) {
            option = optionOf(practice, answer);
            if (option == null) {
                problem(cellOf(row, Layout.ANSWER), "exchange.row.unknown-option", answer, practice.id());
            } else if (option.notApplicable() && !practice.naAllowed()) {
                problem(cellOf(row, Layout.ANSWER), "exchange.row.na-not-allowed", practice.id());
            } else if (option.notApplicable() && justification == null) {
                problem(cellOf(row, Layout.NA_JUSTIFICATION), "exchange.row.na-without-justification", practice.id());
            }
        }
        text(row, Layout.NA_JUSTIFICATION, justification, AnswerInput.MAX_JUSTIFICATION, "na-justification");
        text(row, Layout.COMMENT, comment, AnswerInput.MAX_TEXT, "comment");
        text(row, Layout.EVIDENCE_NOTE, evidenceNote, AnswerInput.MAX_TEXT, "evidence-note");
        if (problems.size() > before) {
            return null;
        }
        boolean na = option != null && option.notApplicable();
        return new AnswerInput(
                option == null || na ? null : option.optionId(),
                na,
                na ? justification : null,
                comment,
                evidenceNote,
                Boolean.TRUE.equals(evidence),
                Boolean.TRUE.equals(flagged));
    }

    private void text(Row row, int column, String value, int max, String field) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problem(cellOf(row, column), "exchange.row.too-long", value.length(), max);
            return;
        }
        FreeText.refusedCharacter(value, true)
                .ifPresent(character -> problem(cellOf(row, column), "text.unsafe." + field, character));
    }

    private Option optionOf(Practice practice, String text) {
        String key = normalize(text);
        for (ScaleOption option : practice.scale().options()) {
            if (normalize(option.id()).equals(key)
                    || option.label().byLanguage().values().stream()
                            .anyMatch(label -> normalize(label).equals(key))) {
                return new Option(option.id(), false);
            }
        }
        Option na = labels.get(key);
        return na != null && na.notApplicable() ? na : null;
    }

    private Boolean flag(Row row, int column) {
        String value = value(row, column);
        if (value == null) {
            return Boolean.FALSE;
        }
        String key = normalize(value);
        if (yes.contains(key)) {
            return Boolean.TRUE;
        }
        if (no.contains(key)) {
            return Boolean.FALSE;
        }
        problem(cellOf(row, column), "exchange.row.unknown-yes-no", value);
        return null;
    }

    /** The cell's text, null when blank; a formula is a problem of its cell (values only are read). */
    private String value(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            problem(cellOf(row, column), "exchange.row.formula");
            return null;
        }
        String text = textOf(cell);
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String textOf(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.FORMULA) {
            return null;
        }
        return formatter.formatCellValue(cell);
    }

    private static String cellOf(Row row, int column) {
        return Layout.cell(column, row.getRowNum());
    }

    private void problem(String cell, String key, Object... arguments) {
        problems.add(new Preview.Problem(sheetName, cell, texts.get(key, arguments)));
    }

    static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Whether two answers are the same for the user (blank texts and absent ones alike). */
    static boolean sameAnswer(AnswerInput a, AnswerInput b) {
        return a.notApplicable() == b.notApplicable()
                && Objects.equals(a.notApplicable() ? null : a.optionId(), b.notApplicable() ? null : b.optionId())
                && Objects.equals(
                        blankToNull(a.notApplicable() ? a.naJustification() : null),
                        blankToNull(b.notApplicable() ? b.naJustification() : null))
                && Objects.equals(blankToNull(a.comment()), blankToNull(b.comment()))
                && Objects.equals(blankToNull(a.evidenceNote()), blankToNull(b.evidenceNote()))
                && a.evidenceAvailable() == b.evidenceAvailable()
                && a.flagged() == b.flagged();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String optionKey(AnswerInput input) {
        return input.notApplicable() ? "na" : input.optionId() == null ? "" : input.optionId();
    }

    /** An answer in words, for the preview: the option's label (or N/A), then what else it says. */
    private String describe(Practice practice, AnswerInput input) {
        if (input == null) {
            return texts.get("exchange.unanswered");
        }
        List<String> parts = new ArrayList<>();
        if (input.notApplicable()) {
            parts.add(texts.get("exchange.na")
                    + (input.naJustification() == null ? "" : " (" + input.naJustification() + ")"));
        } else if (input.optionId() != null) {
            parts.add(practice.scale()
                    .option(input.optionId())
                    .map(o -> o.label().in(locale))
                    .orElse(input.optionId()));
        } else {
            parts.add(texts.get("exchange.unanswered"));
        }
        if (blankToNull(input.comment()) != null) {
            parts.add(texts.get("exchange.describe.comment", input.comment().strip()));
        }
        if (blankToNull(input.evidenceNote()) != null) {
            parts.add(texts.get(
                    "exchange.describe.evidence-note", input.evidenceNote().strip()));
        }
        if (input.evidenceAvailable()) {
            parts.add(texts.get("exchange.describe.evidence"));
        }
        if (input.flagged()) {
            parts.add(texts.get("exchange.describe.flagged"));
        }
        return String.join(" · ", parts);
    }
}
