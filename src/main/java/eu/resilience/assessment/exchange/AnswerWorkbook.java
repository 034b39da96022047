package eu.resilience.assessment.exchange;

import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Goal;
import eu.resilience.assessment.questionnaire.LocalizedText;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.Scale;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.text.FreeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.poifs.crypt.CryptoFunctions;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookProtection;

/**
 * Writes the workbook to answer an assessment offline: one row per practice under its domain and goal rows, with the
 * practice's text (its guidance as the cell's note), level and references, locked; the answer (a dropdown of the scale's
 * labels in the user's language, N/A only where allowed), N/A justification, comment, evidence note, evidence and review
 * flags are the only cells that can be changed. Every text is written as an inert string (never evaluated).
 */
final class AnswerWorkbook {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What to write: the practices (in questionnaire order), the answers by practice id, and for whom. */
    record Content(
            long assessmentId,
            Questionnaire questionnaire,
            Set<String> practiceIds,
            Map<String, AnswerState> answers,
            String title,
            Texts texts) {}

    private final Content content;
    private final Texts texts;
    private final Locale locale;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle plain;
    private final CellStyle quoted;
    private final CellStyle wrapped;
    private final CellStyle input;
    private final CellStyle quotedInput;
    private final CellStyle header;
    private final CellStyle domainRow;
    private final CellStyle goalRow;
    private final CellStyle titleStyle;

    private AnswerWorkbook(Content content) {
        this.content = content;
        this.texts = content.texts();
        this.locale = texts.locale();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        plain = workbook.createCellStyle();
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(plain);
        quoted.setQuotePrefixed(true);
        wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(plain);
        wrapped.setWrapText(true);
        input = workbook.createCellStyle();
        input.setVerticalAlignment(VerticalAlignment.TOP);
        input.setWrapText(true);
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        input.setBorderBottom(BorderStyle.THIN);
        input.setBorderTop(BorderStyle.THIN);
        input.setBorderLeft(BorderStyle.THIN);
        input.setBorderRight(BorderStyle.THIN);
        input.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        input.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        input.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        input.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        quotedInput = workbook.createCellStyle();
        quotedInput.cloneStyleFrom(input);
        quotedInput.setQuotePrefixed(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        domainRow = workbook.createCellStyle();
        domainRow.setFont(bold);
        domainRow.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        domainRow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        goalRow = workbook.createCellStyle();
        goalRow.setFont(bold);
        titleStyle = workbook.createCellStyle();
        titleStyle.setFont(big);
    }

    /**
     * Rounds of SHA-512 over the salted password of the workbook's structure lock. Excel's own 100,000 slow down the
     * guessing of a password a person chose; this one is 96 random bits nobody knows (not even the application after
     * the download), out of reach of any guessing at one round, and the 100,000 took 0.1 s of CPU per download.
     */
    private static final int LOCK_ROUNDS = 1;

    /** The workbook as xlsx bytes. */
    static byte[] write(Content content) {
        return new AnswerWorkbook(content).write();
    }

    /**
     * Locks the structure (no sheet added, removed, renamed or shown) under the password, stored as Excel stores it:
     * algorithm, salt, hash and rounds ({@link #LOCK_ROUNDS}).
     */
    private void lockStructure(String password) {
        workbook.lockStructure();
        byte[] salt = random(16);
        CTWorkbookProtection protection = workbook.getCTWorkbook().getWorkbookProtection();
        protection.setWorkbookAlgorithmName(HashAlgorithm.sha512.jceId);
        protection.setWorkbookSaltValue(salt);
        protection.setWorkbookHashValue(
                CryptoFunctions.hashPassword(password, HashAlgorithm.sha512, salt, LOCK_ROUNDS, false));
        protection.setWorkbookSpinCount(LOCK_ROUNDS);
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    private byte[] write() {
        String password = HexFormat.of().formatHex(random(12));
        String sheetName = texts.get("exchange.sheet.answers");
        XSSFSheet sheet = workbook.createSheet(sheetName);
        XSSFSheet meta = workbook.createSheet(Layout.META);
        Map<String, String> lists = writeLists(meta);
        writeMeta(meta, sheetName);

        Row titleRow = sheet.createRow(0);
        text(titleRow, 0, content.title(), titleStyle);
        Row help = sheet.createRow(1);
        text(help, 0, texts.get("exchange.sheet.help"), plain);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, Layout.COLUMNS - 1));
        Row headerRow = sheet.createRow(Layout.HEADER_ROW);
        String[] titles = {
            "exchange.column.id",
            "exchange.column.practice",
            "exchange.column.level",
            "exchange.column.references",
            "exchange.column.answer",
            "exchange.column.na-justification",
            "exchange.column.comment",
            "exchange.column.evidence-note",
            "exchange.column.evidence",
            "exchange.column.flag"
        };
        for (int i = 0; i < titles.length; i++) {
            text(headerRow, i, texts.get(titles[i]), header);
        }
        sheet.createFreezePane(2, Layout.HEADER_ROW + 1);
        int[] widths = {11, 60, 8, 26, 26, 30, 30, 30, 12, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }

        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Map<String, CellRangeAddressList> answerRanges = new LinkedHashMap<>();
        CellRangeAddressList flagRanges = new CellRangeAddressList();
        int rowIndex = Layout.HEADER_ROW + 1;
        int metaRow = Layout.META_FIRST_PRACTICE;
        for (Domain domain : content.questionnaire().domains()) {
            List<Practice> domainPractices = domain.practices().stream()
                    .filter(p -> content.practiceIds().contains(p.id()))
                    .toList();
            if (domainPractices.isEmpty()) {
                continue;
            }
            Row domainTitle = sheet.createRow(rowIndex++);
            for (int i = 0; i < Layout.COLUMNS; i++) {
                domainTitle.createCell(i).setCellStyle(domainRow);
            }
            text(domainTitle, Layout.TEXT, domain.id() + " · " + domain.title().in(locale), domainRow);
            for (Goal goal : domain.goals()) {
                List<Practice> practices = goal.practices().stream()
                        .filter(p -> content.practiceIds().contains(p.id()))
                        .toList();
                if (practices.isEmpty()) {
                    continue;
                }
                Row goalTitle = sheet.createRow(rowIndex++);
                text(goalTitle, Layout.TEXT, goal.id() + " " + goal.title().in(locale), goalRow);
                for (Practice practice : practices) {
                    int row = rowIndex++;
                    writePractice(sheet, drawing, row, practice);
                    String key = practice.scale().id() + (practice.naAllowed() ? "+na" : "");
                    answerRanges
                            .computeIfAbsent(key, k -> new CellRangeAddressList())
                            .addCellRangeAddress(row, Layout.ANSWER, row, Layout.ANSWER);
                    flagRanges.addCellRangeAddress(row, Layout.EVIDENCE, row, Layout.FLAG);
                    Row entry = meta.createRow(metaRow++);
                    entry.createCell(0).setCellValue(practice.id());
                    entry.createCell(1).setCellValue(row);
                    AnswerState answer = content.answers().get(practice.id());
                    entry.createCell(2).setCellValue(answer == null ? -1 : answer.revision());
                }
            }
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        answerRanges.forEach(
                (key, ranges) -> validation(sheet, helper, lists.get(key), ranges, "exchange.invalid.answer"));
        if (flagRanges.countRanges() > 0) {
            validation(sheet, helper, lists.get("yes-no"), flagRanges, "exchange.invalid.yes-no");
        }

        sheet.protectSheet(password);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        meta.protectSheet(password);
        workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
        workbook.setActiveSheet(0);
        lockStructure(password);
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writePractice(XSSFSheet sheet, Drawing<?> drawing, int rowIndex, Practice practice) {
        Row row = sheet.createRow(rowIndex);
        text(row, Layout.ID, practice.id(), plain);
        Cell textCell = text(row, Layout.TEXT, practice.text().in(locale), wrapped);
        String note = note(practice);
        if (!note.isBlank()) {
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(Layout.TEXT + 1);
            anchor.setCol2(Layout.TEXT + 4);
            anchor.setRow1(rowIndex);
            anchor.setRow2(rowIndex + 14);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(workbook.getCreationHelper().createRichTextString(note));
            comment.setAuthor(texts.get("exchange.note.author"));
            textCell.setCellComment(comment);
        }
        text(row, Layout.LEVEL, practice.level() == null ? "" : practice.level().id(), plain);
        text(row, Layout.REFERENCES, references(practice), wrapped);
        AnswerState answer = content.answers().get(practice.id());
        String answerText = "";
        if (answer != null && answer.notApplicable()) {
            answerText = texts.get("exchange.na");
        } else if (answer != null && answer.optionId() != null) {
            answerText = practice.scale()
                    .option(answer.optionId())
                    .map(o -> o.label().in(locale))
                    .orElse(answer.optionId());
        }
        boolean answered = answer != null;
        text(row, Layout.ANSWER, answerText, input);
        text(row, Layout.NA_JUSTIFICATION, answered ? answer.naJustification() : "", input);
        text(row, Layout.COMMENT, answered ? answer.comment() : "", input);
        text(row, Layout.EVIDENCE_NOTE, answered ? answer.evidenceNote() : "", input);
        text(row, Layout.EVIDENCE, answered && answer.evidenceAvailable() ? texts.get("exchange.yes") : "", input);
        text(row, Layout.FLAG, answered && answer.flagged() ? texts.get("exchange.yes") : "", input);
    }

    private String note(Practice practice) {
        StringBuilder note = new StringBuilder(plainText(practice.guidance().in(locale)));
        List<String> hints = practice.evidenceHints().stream()
                .map(h -> h.in(locale))
                .filter(h -> !h.isBlank())
                .toList();
        if (!hints.isEmpty()) {
            note.append("\n\n").append(texts.get("exchange.note.evidence"));
            hints.forEach(h -> note.append("\n- ").append(h));
        }
        return FreeText.strip(note.toString().strip(), true);
    }

    /** Guidance is Markdown: the note shows it as plain text. */
    static String plainText(String markdown) {
        return markdown.replaceAll("(?m)^#+\\s*", "")
                .replace("**", "")
                .replace("__", "")
                .replace("`", "")
                .replaceAll("\\[([^\\]]*)]\\(([^)]*)\\)", "$1 ($2)");
    }

    static String references(Practice practice) {
        List<String> parts = new ArrayList<>();
        if (!practice.references().nistCsf().isEmpty()) {
            parts.add("NIST CSF " + String.join(", ", practice.references().nistCsf()));
        }
        if (!practice.references().iso27001().isEmpty()) {
            parts.add("ISO 27001 " + String.join(", ", practice.references().iso27001()));
        }
        if (!practice.references().nis2().isEmpty()) {
            parts.add("NIS2 " + String.join(", ", practice.references().nis2()));
        }
        return String.join("; ", parts);
    }

    /** The dropdowns' labels on the meta sheet: yes/no, then per scale its labels and, last, N/A. */
    private Map<String, String> writeLists(XSSFSheet meta) {
        Map<String, String> ranges = new HashMap<>();
        int column = Layout.LISTS;
        listCell(meta, 0, column, texts.get("exchange.yes"));
        listCell(meta, 1, column, texts.get("exchange.no"));
        ranges.put("yes-no", range(column, 0, 1));
        for (Scale scale : content.questionnaire().scales()) {
            column++;
            List<ScaleOption> options = scale.options();
            for (int i = 0; i < options.size(); i++) {
                listCell(meta, i, column, labelOf(options.get(i).label()));
            }
            listCell(meta, options.size(), column, texts.get("exchange.na"));
            ranges.put(scale.id(), range(column, 0, options.size() - 1));
            ranges.put(scale.id() + "+na", range(column, 0, options.size()));
        }
        return ranges;
    }

    private String labelOf(LocalizedText label) {
        return FreeText.strip(label.in(locale), false);
    }

    private static void listCell(XSSFSheet meta, int row, int column, String value) {
        Row r = meta.getRow(row) == null ? meta.createRow(row) : meta.getRow(row);
        r.createCell(column).setCellValue(value);
    }

    private static String range(int column, int first, int last) {
        String col = Layout.column(column);
        return "'" + Layout.META + "'!$" + col + "$" + (first + 1) + ":$" + col + "$" + (last + 1);
    }

    private void writeMeta(XSSFSheet meta, String sheetName) {
        metaRow(meta, Layout.META_FORMAT, "format").createCell(1).setCellValue(Layout.FORMAT);
        metaRow(meta, Layout.META_ASSESSMENT, "assessment").createCell(1).setCellValue(content.assessmentId());
        metaRow(meta, Layout.META_QUESTIONNAIRE, "questionnaire")
                .createCell(1)
                .setCellValue(content.questionnaire().id());
        metaRow(meta, Layout.META_VERSION, "version")
                .createCell(1)
                .setCellValue(content.questionnaire().version());
        metaRow(meta, Layout.META_SHEET, "sheet").createCell(1).setCellValue(sheetName);
    }

    private static Row metaRow(XSSFSheet meta, int index, String key) {
        Row row = meta.getRow(index) == null ? meta.createRow(index) : meta.getRow(index);
        row.createCell(0).setCellValue(key);
        return row;
    }

    private void validation(
            XSSFSheet sheet,
            DataValidationHelper helper,
            String listRange,
            CellRangeAddressList cells,
            String errorKey) {
        DataValidationConstraint constraint = helper.createFormulaListConstraint(listRange);
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(texts.get("exchange.invalid.title"), texts.get(errorKey));
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** An inert string cell: refused characters left out; a text that looks like a formula gets the quote prefix. */
    private Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        String safe = value == null ? "" : FreeText.strip(value, true);
        cell.setCellValue(safe);
        boolean formulaLike = looksLikeFormula(safe);
        cell.setCellStyle(!formulaLike ? style : style == input ? quotedInput : quoted);
        return cell;
    }

    static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
