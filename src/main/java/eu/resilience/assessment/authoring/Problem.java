package eu.resilience.assessment.authoring;

import java.util.List;

/**
 * A problem of an imported file, with its place and a message key of the UI bundles. In a workbook the place is a sheet,
 * a row (1-based, as Excel shows it; 0 for the whole sheet) and a column header; in a framework library it is a node
 * (its urn or ref_id) and a field. A blocking problem stops the import: nothing is written; the others are notes on what
 * was mapped in another way or not at all.
 */
public record Problem(
        String sheet,
        int row,
        String column,
        String node,
        String field,
        boolean blocking,
        String messageKey,
        List<String> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    static Problem inSheet(String sheet, int row, String column, String key, Object... arguments) {
        return new Problem(sheet, row, column, "", "", true, key, strings(arguments));
    }

    static Problem inNode(String node, String field, String key, Object... arguments) {
        return new Problem("", 0, "", node, field, true, key, strings(arguments));
    }

    static Problem noteOnNode(String node, String field, String key, Object... arguments) {
        return new Problem("", 0, "", node, field, false, key, strings(arguments));
    }

    /** The message arguments as an array, for a message bundle. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }

    private static List<String> strings(Object... arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
