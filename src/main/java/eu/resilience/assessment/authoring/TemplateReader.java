package eu.resilience.assessment.authoring;

import eu.resilience.assessment.questionnaire.Framework;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a workbook in the authoring template (see {@link Template}) into the tree of a questionnaire file: every cell
 * by its column's kind, every row attached to its parent. Every problem is reported with its sheet, row and column;
 * the elements' places are kept so that the loader's findings on the file can be reported where they were typed.
 */
final class TemplateReader {

    private static final Pattern LOCALIZED_HEADER = Pattern.compile("^(.+) \\[([a-z]{2})]$");
    private static final Set<String> REQUIRED_SHEETS = Set.of(
            Template.QUESTIONNAIRE,
            Template.SCALES,
            Template.OPTIONS,
            Template.DOMAINS,
            Template.GOALS,
            Template.PRACTICES);
    private static final Set<String> SIZE_CLASSES = Set.of("micro", "small", "medium", "large");

    /** Where an element was typed: its sheet and row (1-based). */
    record Place(String sheet, int row) {}

    /** The file's tree, the place of every element id, and the problems found. */
    record Read(Map<String, Object> tree, Map<String, Place> places, List<Problem> problems) {}

    /** One data row: its number, its parent's id (or null) and its fields, nested by their dotted names. */
    private record Values(int row, String parent, Map<String, Object> fields) {}

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Place> places = new HashMap<>();
    private final Set<String> declaredFrameworks = new java.util.HashSet<>();
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);

    private TemplateReader() {}

    static Read read(Workbook workbook) {
        return new TemplateReader().readAll(workbook);
    }

    private Read readAll(Workbook workbook) {
        for (String name : REQUIRED_SHEETS) {
            if (workbook.getSheet(name) == null) {
                problems.add(Problem.inSheet(name, 0, "", "authoring.sheet.missing", name));
            }
        }
        if (!problems.isEmpty()) {
            return new Read(Map.of(), Map.of(), problems);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", 1);
        List<Values> head = rows(workbook, Template.QUESTIONNAIRE_SHEET);
        if (!head.isEmpty()) {
            root.putAll(head.get(0).fields());
            places.put(String.valueOf(root.get("id")), new Place(Template.QUESTIONNAIRE, 2));
        }
        List<Map<String, Object>> frameworks = new ArrayList<>();
        for (Values values : rows(workbook, Template.FRAMEWORK_SHEET)) {
            Object key = values.fields().get("key");
            if (key == null) {
                problems.add(Problem.inSheet(Template.FRAMEWORKS, values.row(), "key", "authoring.framework.no-key"));
            } else {
                declaredFrameworks.add(String.valueOf(key));
                frameworks.add(values.fields());
            }
        }
        if (!frameworks.isEmpty()) {
            root.put("frameworks", frameworks);
        }
        Map<String, Object> scoring = map(root, "scoring");
        List<Map<String, Object>> levels = elements(rows(workbook, Template.LEVEL_SHEET), Template.LEVELS);
        if (!levels.isEmpty()) {
            scoring.put("levels", levels);
        }
        List<Map<String, Object>> bands = elements(rows(workbook, Template.BAND_SHEET), Template.BANDS);
        if (!bands.isEmpty()) {
            scoring.put("bands", bands);
        }
        Object defaultScale = root.remove("default_scale");
        if (defaultScale != null) {
            root.put("default_scale", defaultScale);
        }
        List<Values> scaleRows = rows(workbook, Template.SCALE_SHEET);
        Map<String, Map<String, Object>> scales = children(scaleRows, Template.SCALES);
        attach(rows(workbook, Template.OPTION_SHEET), Template.OPTIONS, "scale", scales, "options", true);
        root.put("scales", new ArrayList<>(scales.values()));

        Map<String, Map<String, Object>> domains = children(rows(workbook, Template.DOMAIN_SHEET), Template.DOMAINS);
        Map<String, Map<String, Object>> goals =
                attach(rows(workbook, Template.GOAL_SHEET), Template.GOALS, "domain", domains, "goals", true);
        Map<String, Map<String, Object>> practices =
                attach(rows(workbook, Template.PRACTICE_SHEET), Template.PRACTICES, "goal", goals, "practices", true);
        for (Map<String, Object> practice : practices.values()) {
            if (defaultScale != null && defaultScale.equals(practice.get("scale"))) {
                practice.remove("scale");
            }
            if (Double.valueOf(1.0).equals(practice.get("weight"))) {
                practice.remove("weight");
            }
            if (Boolean.FALSE.equals(practice.get("allow_na"))) {
                practice.remove("allow_na");
            }
        }
        for (Values evidence : rows(workbook, Template.EVIDENCE_SHEET)) {
            Map<String, Object> practice = parent(evidence, Template.EVIDENCE, "practice", practices);
            if (practice != null && evidence.fields().containsKey("evidence")) {
                list(practice, "evidence").add(evidence.fields().get("evidence"));
            }
        }
        for (Values bySize : rows(workbook, Template.SIZE_SHEET)) {
            Map<String, Object> practice = parent(bySize, Template.BY_SIZE, "practice", practices);
            Object size = bySize.fields().get("size");
            if (size != null && !SIZE_CLASSES.contains(size)) {
                problems.add(Problem.inSheet(Template.BY_SIZE, bySize.row(), "size", "authoring.size.unknown", size));
            } else if (practice != null && size != null && bySize.fields().containsKey("recommendation")) {
                map(practice, "recommendation_by_size")
                        .put((String) size, bySize.fields().get("recommendation"));
            }
        }
        root.put("domains", new ArrayList<>(domains.values()));
        return new Read(root, Map.copyOf(places), List.copyOf(problems));
    }

    /** Elements without a parent (levels, bands), in row order. */
    private List<Map<String, Object>> elements(List<Values> rows, String sheet) {
        List<Map<String, Object>> elements = new ArrayList<>();
        for (Values values : rows) {
            place(values, sheet, false);
            elements.add(values.fields());
        }
        return elements;
    }

    /** Top elements by id (scales, domains), in row order. */
    private Map<String, Map<String, Object>> children(List<Values> rows, String sheet) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Values values : rows) {
            String id = place(values, sheet, true);
            byId.putIfAbsent(id, values.fields());
        }
        return byId;
    }

    /** Attaches each row to its parent's list, in row order; returns the attached elements by id. */
    private Map<String, Map<String, Object>> attach(
            List<Values> rows,
            String sheet,
            String parentColumn,
            Map<String, Map<String, Object>> parents,
            String listField,
            boolean globalIds) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Values values : rows) {
            Map<String, Object> parent = parent(values, sheet, parentColumn, parents);
            String id = place(values, sheet, globalIds && !sheet.equals(Template.OPTIONS));
            if (parent != null) {
                list(parent, listField).add(values.fields());
            }
            // known even when its parent is not: its own children are then not reported as well
            byId.putIfAbsent(id, values.fields());
        }
        return byId;
    }

    private Map<String, Object> parent(
            Values values, String sheet, String column, Map<String, Map<String, Object>> parents) {
        if (values.parent() == null) {
            problems.add(Problem.inSheet(sheet, values.row(), column, "authoring.parent.missing", column));
            return null;
        }
        Map<String, Object> parent = parents.get(values.parent());
        if (parent == null) {
            problems.add(
                    Problem.inSheet(sheet, values.row(), column, "authoring.parent.unknown", values.parent(), column));
        }
        return parent;
    }

    /** Remembers where an element was typed; a domain, goal or practice id used twice names its first row. */
    private String place(Values values, String sheet, boolean unique) {
        String id = String.valueOf(values.fields().getOrDefault("id", ""));
        if (id.isEmpty()) {
            problems.add(Problem.inSheet(sheet, values.row(), "id", "authoring.id.missing"));
            return "#" + sheet + values.row();
        }
        Place first = places.get(id);
        if (first != null && unique && isHierarchy(sheet) && isHierarchy(first.sheet())) {
            problems.add(Problem.inSheet(
                    sheet, values.row(), "id", "authoring.id.duplicate", id, first.sheet(), first.row()));
        } else if (first == null) {
            places.put(id, new Place(sheet, values.row()));
        }
        return id;
    }

    private static boolean isHierarchy(String sheet) {
        return sheet.equals(Template.DOMAINS) || sheet.equals(Template.GOALS) || sheet.equals(Template.PRACTICES);
    }

    /** The data rows of a sheet (none when the sheet is absent); blank rows are skipped. */
    private <T> List<Values> rows(Workbook workbook, Template.Sheet<T> definition) {
        Sheet sheet = workbook.getSheet(definition.name());
        if (sheet == null) {
            return List.of();
        }
        return definition.vertical() ? vertical(sheet, definition) : horizontal(sheet, definition);
    }

    private <T> List<Values> vertical(Sheet sheet, Template.Sheet<T> definition) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String label = row == null ? "" : text(row.getCell(0)).trim();
            if (label.isEmpty()) {
                continue;
            }
            Target<T> target = target(definition, label);
            if (target == null) {
                problems.add(Problem.inSheet(sheet.getSheetName(), r + 1, "A", "authoring.field.unknown", label));
                continue;
            }
            Object value = value(
                    sheet.getSheetName(),
                    r + 1,
                    label,
                    row.getCell(1),
                    target.column().kind());
            if (value != null) {
                put(fields, target, value);
            }
        }
        return List.of(new Values(2, null, fields));
    }

    private <T> List<Values> horizontal(Sheet sheet, Template.Sheet<T> definition) {
        Row headerRow = sheet.getRow(0);
        if (headerRow == null) {
            problems.add(Problem.inSheet(sheet.getSheetName(), 1, "", "authoring.header.missing"));
            return List.of();
        }
        Map<Integer, Target<T>> targets = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int c = 0; c < headerRow.getLastCellNum(); c++) {
            String header = text(headerRow.getCell(c)).trim();
            if (header.isEmpty()) {
                continue;
            }
            Target<T> target = target(definition, header);
            if (target == null) {
                boolean references =
                        definition.columns().stream().anyMatch(column -> column.kind() == Template.Kind.REFERENCES);
                String key = references ? "authoring.column.framework" : "authoring.column.unknown";
                problems.add(Problem.inSheet(sheet.getSheetName(), 1, column(c), key, header));
            } else if (!seen.add(header)) {
                problems.add(Problem.inSheet(sheet.getSheetName(), 1, column(c), "authoring.column.twice", header));
            } else {
                targets.put(c, target);
            }
        }
        List<Values> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            String parent = null;
            boolean blank = true;
            for (Map.Entry<Integer, Target<T>> entry : targets.entrySet()) {
                Target<T> target = entry.getValue();
                Object value = value(
                        sheet.getSheetName(),
                        r + 1,
                        target.header(),
                        row.getCell(entry.getKey()),
                        target.column().kind());
                if (value == null) {
                    continue;
                }
                blank = false;
                if (target.column().kind() == Template.Kind.PARENT) {
                    parent = (String) value;
                } else {
                    put(fields, target, value);
                }
            }
            if (!blank) {
                rows.add(new Values(r + 1, parent, fields));
            }
        }
        return rows;
    }

    /** A column of the template, and for a localized one the locale of its cells. */
    private record Target<T>(Template.Column<T> column, String locale, String header) {}

    private <T> Target<T> target(Template.Sheet<T> definition, String header) {
        Matcher localized = LOCALIZED_HEADER.matcher(header);
        boolean references = false;
        for (Template.Column<T> column : definition.columns()) {
            if (column.kind() == Template.Kind.LOCALIZED) {
                if (localized.matches() && localized.group(1).trim().equalsIgnoreCase(column.header())) {
                    return new Target<>(column, localized.group(2), header);
                }
            } else if (column.kind() == Template.Kind.REFERENCES) {
                references = true;
            } else if (header.equalsIgnoreCase(column.header())) {
                return new Target<>(column, null, header);
            }
        }
        if (references && (declaredFrameworks.contains(header) || Framework.known(header) != null)) {
            // a framework's column: its ids are the practice's references to it
            return new Target<>(
                    new Template.Column<>(header, "references." + header, Template.Kind.LIST, x -> null), null, header);
        }
        return null;
    }

    /** Puts a value at its field (dotted: nested maps); a localized value goes into the field's map by locale. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> fields, Target<?> target, Object value) {
        String[] path = target.column().field().split("\\.");
        Map<String, Object> node = fields;
        for (int i = 0; i < path.length - 1; i++) {
            node = map(node, path[i]);
        }
        String last = path[path.length - 1];
        if (target.locale() != null) {
            ((Map<String, Object>) node.computeIfAbsent(last, k -> new LinkedHashMap<String, Object>()))
                    .put(target.locale(), value);
        } else {
            node.put(last, value);
        }
    }

    /** A cell's value by the column's kind, or null when it is blank or wrong (a wrong one is a problem). */
    private Object value(String sheet, int row, String header, Cell cell, Template.Kind kind) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            problems.add(Problem.inSheet(sheet, row, header, "authoring.cell.formula"));
            return null;
        }
        String text = text(cell);
        if (text.isBlank()) {
            return null;
        }
        switch (kind) {
            case NUMBER, INTEGER -> {
                double number;
                if (cell.getCellType() == CellType.NUMERIC) {
                    number = cell.getNumericCellValue();
                } else {
                    try {
                        number = Double.parseDouble(text.trim());
                    } catch (NumberFormatException e) {
                        problems.add(Problem.inSheet(sheet, row, header, "authoring.cell.number", text));
                        return null;
                    }
                }
                if (kind == Template.Kind.NUMBER) {
                    return number;
                }
                if (number != Math.rint(number) || Math.abs(number) > 1_000_000) {
                    problems.add(Problem.inSheet(sheet, row, header, "authoring.cell.integer", text));
                    return null;
                }
                return (int) number;
            }
            case BOOLEAN -> {
                if (cell.getCellType() == CellType.BOOLEAN) {
                    return cell.getBooleanCellValue();
                }
                String word = text.trim().toLowerCase(java.util.Locale.ROOT);
                if (word.equals("true") || word.equals("yes")) {
                    return true;
                }
                if (word.equals("false") || word.equals("no")) {
                    return false;
                }
                problems.add(Problem.inSheet(sheet, row, header, "authoring.cell.boolean", text));
                return null;
            }
            case LIST -> {
                List<String> values = new ArrayList<>();
                for (String part : text.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.trim());
                    }
                }
                return values;
            }
            case LOCALIZED -> {
                return text;
            }
            default -> {
                return text.trim();
            }
        }
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
    }

    private static String column(int index) {
        return CellReference.convertNumToColString(index);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String field) {
        return (Map<String, Object>) parent.computeIfAbsent(field, k -> new LinkedHashMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String field) {
        return (List<Object>) parent.computeIfAbsent(field, k -> new ArrayList<Object>());
    }
}
