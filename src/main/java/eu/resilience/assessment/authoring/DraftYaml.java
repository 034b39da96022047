package eu.resilience.assessment.authoring;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes the tree of a questionnaire file as YAML, block style, with a comment that says where it comes from. */
final class DraftYaml {

    private DraftYaml() {}

    static String write(Map<String, Object> tree, String origin) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setProcessComments(false);
        String comment = "# " + origin.replaceAll("[\\r\\n]+", " ") + "\n"
                + "# A draft: review it, then set status: published (see README.md in this folder).\n";
        return comment + new Yaml(options).dump(tree);
    }
}
