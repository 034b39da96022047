package eu.resilience.assessment.questionnaire.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document as a Jackson tree (for schema validation and reading) with the line of every element, by JSON pointer.
 * Anchors and aliases are refused: a questionnaire has no use for them and they open the door to "billion laughs" files.
 */
final class YamlTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final JsonNode root;
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlTree(Node yaml) {
        this.root = convert(yaml, "");
    }

    /** Parses YAML text; throws {@link org.yaml.snakeyaml.error.MarkedYAMLException} with a line on a syntax error. */
    static YamlTree parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(5 * 1024 * 1024);
        Node node = new Yaml(options).compose(new StringReader(text));
        if (node == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        return new YamlTree(node);
    }

    /** The 1-based line of the element at a JSON pointer, or of its nearest ancestor that has one. */
    int line(String pointer) {
        String path = pointer;
        while (true) {
            Integer line = lines.get(path);
            if (line != null) {
                return line;
            }
            if (path.isEmpty()) {
                return 1;
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
    }

    /** The id of the innermost element with an {@code id} field that contains the pointer, or "". */
    String enclosingId(String pointer) {
        String path = pointer;
        while (true) {
            JsonNode node = root.at(path);
            if (node.isObject() && node.path("id").isTextual()) {
                return node.get("id").asText();
            }
            if (path.isEmpty()) {
                return "";
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
    }

    private JsonNode convert(Node node, String pointer) {
        lines.put(pointer, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw new IllegalArgumentException(
                            "line " + (tuple.getKeyNode().getStartMark().getLine() + 1) + ": keys must be plain names");
                }
                String name = key.getValue();
                object.set(name, convert(tuple.getValueNode(), pointer + "/" + escape(name)));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            for (Node item : sequence.getValue()) {
                array.add(convert(item, pointer + "/" + index++));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.INT.equals(tag)) {
                return NODES.numberNode(new BigDecimal(value.replace("_", "")).longValueExact());
            }
            if (Tag.FLOAT.equals(tag)) {
                return NODES.numberNode(Double.parseDouble(value.replace("_", "")));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return NODES.textNode(value);
        }
        if (Tag.BOOL.equals(tag)) {
            return NODES.booleanNode(
                    value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("on"));
        }
        if (Tag.NULL.equals(tag)) {
            return NODES.nullNode();
        }
        return NODES.textNode(value);
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
