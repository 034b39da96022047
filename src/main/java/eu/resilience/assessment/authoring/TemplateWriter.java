package eu.resilience.assessment.authoring;

import eu.resilience.assessment.questionnaire.LocalizedText;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.References;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a loaded questionnaire into the authoring template (see {@link Template}), one sheet per part. */
final class TemplateWriter {

    static final String READ_ME = "Read me";

    private static final List<String> READ_ME_LINES = List.of(
            "Questionnaire authoring template, format 1 (see questionnaires/README.md for the meaning of every field).",
            "",
            "Sheets: Questionnaire (one field per row, scoring options and source included), Frameworks (those the"
                    + " file declares), Levels (cumulative method), Bands (averaged method), Scales, Options (of each"
                    + " scale), Domains, Goals, Practices, Evidence (one row per hint), Recommendations by size.",
            "A text in several languages has one column per locale, e.g. 'text [en]', 'text [fr]'; the locales are those"
                    + " of the Questionnaire sheet.",
            "Goals name their domain, practices their goal, options their scale, evidence hints their practice: the first"
                    + " column of those sheets. Rows keep their order.",
            "Lists (locales, draft locales, references) are separated by commas. Booleans are TRUE or FALSE. Leave a"
                    + " cell empty for 'none' or the default.",
            "References: on Practices, one column per framework, headed by its key. A column may be added for a known"
                    + " framework (nist_csf, iso27001, nis2) or for one declared on the Frameworks sheet (key, title,"
                    + " version, id pattern).",
            "Scoring options: 'level zero ...' and 'all N/A level reached' for the cumulative method, 'overall'"
                    + " (practices or domains) and 'band decimals' for the averaged one.",
            "A text left empty in a draft locale is taken from the first locale, marked as not translated yet.",
            "Type values, not formulas. The first row of every sheet is its header: keep it.",
            "Importing this workbook (catalogue administration, or the authoring command) writes a draft questionnaire"
                    + " file; every problem is reported with its sheet, row and column.");

    private TemplateWriter() {}

    static byte[] write(Questionnaire questionnaire) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet readMe = workbook.createSheet(READ_ME);
            for (int i = 0; i < READ_ME_LINES.size(); i++) {
                readMe.createRow(i).createCell(0).setCellValue(READ_ME_LINES.get(i));
            }
            readMe.setColumnWidth(0, 120 * 256);
            for (Template.Sheet<?> sheet : Template.SHEETS) {
                write(workbook, styles, sheet, questionnaire);
            }
            workbook.setActiveSheet(1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void write(
            XSSFWorkbook workbook, Styles styles, Template.Sheet<T> definition, Questionnaire questionnaire) {
        Sheet sheet = workbook.createSheet(definition.name());
        List<String> locales = questionnaire.languages();
        if (definition.vertical()) {
            header(sheet.createRow(0), styles, List.of("field", "value"));
            int r = 1;
            for (Template.Column<T> column : definition.columns()) {
                @SuppressWarnings("unchecked")
                Object value = column.value().apply((T) questionnaire);
                if (column.kind() == Template.Kind.LOCALIZED) {
                    for (String locale : locales) {
                        Row row = sheet.createRow(r++);
                        row.createCell(0).setCellValue(Template.header(column, locale));
                        value(row, 1, styles, column.kind(), text(questionnaire, (LocalizedText) value, locale));
                    }
                } else {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(column.header());
                    value(row, 1, styles, column.kind(), value);
                }
            }
            sheet.setColumnWidth(0, 24 * 256);
            sheet.setColumnWidth(1, 100 * 256);
            return;
        }
        List<String> frameworks = Template.frameworkKeys(questionnaire);
        List<String> headers = new java.util.ArrayList<>();
        for (Template.Column<T> column : definition.columns()) {
            if (column.kind() == Template.Kind.LOCALIZED) {
                locales.forEach(locale -> headers.add(Template.header(column, locale)));
            } else if (column.kind() == Template.Kind.REFERENCES) {
                headers.addAll(frameworks);
            } else {
                headers.add(column.header());
            }
        }
        header(sheet.createRow(0), styles, headers);
        List<T> rows = definition.rows().apply(questionnaire);
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i + 1);
            int c = 0;
            for (Template.Column<T> column : definition.columns()) {
                Object value = column.value().apply(rows.get(i));
                if (column.kind() == Template.Kind.LOCALIZED) {
                    for (String locale : locales) {
                        value(row, c++, styles, column.kind(), text(questionnaire, (LocalizedText) value, locale));
                    }
                } else if (column.kind() == Template.Kind.REFERENCES) {
                    for (String key : frameworks) {
                        value(row, c++, styles, Template.Kind.LIST, ((References) value).of(key));
                    }
                } else {
                    value(row, c++, styles, column.kind(), value);
                }
            }
        }
        for (int c = 0; c < headers.size(); c++) {
            boolean wide = headers.get(c).contains("[");
            sheet.setColumnWidth(c, (wide ? 60 : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(
                new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.size() - 1));
    }

    /**
     * A text in a locale, or null: none, or in a draft locale the default text the loader put in its place (marked as
     * not translated yet), which stays untyped so that it is still taken from the default locale.
     */
    private static String text(Questionnaire questionnaire, LocalizedText text, String locale) {
        if (text == null) {
            return null;
        }
        String value = text.byLanguage().get(locale);
        if (value != null && questionnaire.draftLocales().contains(locale)) {
            String fallback = questionnaire.languages().get(0);
            String marker = "[" + fallback.toUpperCase(java.util.Locale.ROOT) + "] ";
            if (value.equals(marker + text.byLanguage().get(fallback))) {
                return null;
            }
        }
        return value;
    }

    private static void header(Row row, Styles styles, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header);
        }
    }

    private static void value(Row row, int column, Styles styles, Template.Kind kind, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        switch (kind) {
            case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
            case INTEGER -> cell.setCellValue(((Number) value).intValue());
            case BOOLEAN -> cell.setCellValue((Boolean) value);
            case LIST -> {
                List<?> values = (List<?>) value;
                if (values.isEmpty()) {
                    row.removeCell(cell);
                    return;
                }
                text(
                        cell,
                        styles,
                        String.join(", ", values.stream().map(String::valueOf).toList()));
            }
            default -> {
                String text = String.valueOf(value);
                if (text.isEmpty()) {
                    row.removeCell(cell);
                    return;
                }
                text(cell, styles, text);
            }
        }
    }

    /** A text is always a string cell; one that Excel would take for a formula once edited carries the quote prefix. */
    private static void text(Cell cell, Styles styles, String text) {
        cell.setCellValue(text);
        char first = text.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@';
        cell.setCellStyle(formulaLike ? styles.quoted : styles.wrapped);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle wrapped;
        final CellStyle quoted;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            quoted = workbook.createCellStyle();
            quoted.setWrapText(true);
            quoted.setQuotePrefixed(true);
        }
    }
}
