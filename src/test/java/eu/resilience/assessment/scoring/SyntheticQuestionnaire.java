package eu.resilience.assessment.scoring;

/**
 * Writes a questionnaire file in the documented format with any number of practices: the benchmark's and the exactness
 * test's large model. Practices are spread evenly over the domains, each domain over three goals and MIL1-MIL3.
 */
public final class SyntheticQuestionnaire {

    private SyntheticQuestionnaire() {}

    public static String yaml(int domains, int practices) {
        return yaml(domains, practices, "", false);
    }

    /**
     * The same model with scoring options (lines of YAML under {@code scoring:}, indented by two spaces, e.g. {@code
     * "  all_na_level_reached: false\n"}), and N/A allowed on every practice when {@code naEverywhere}.
     */
    public static String yaml(int domains, int practices, String scoringOptions, boolean naEverywhere) {
        StringBuilder out = new StringBuilder(
                """
                format: 1
                id: synthetic
                version: "1.0"
                status: draft
                locales: [en]
                title: {en: Synthetic questionnaire}
                description: {en: Generated for tests and benchmarks.}
                scoring:
                  method: cumulative
                """
                        + scoringOptions
                        + """
                  levels:
                    - {id: MIL1, rank: 1, name: {en: Initiated}}
                    - {id: MIL2, rank: 2, name: {en: Performed}}
                    - {id: MIL3, rank: 3, name: {en: Managed}}
                default_scale: implementation
                scales:
                  - id: implementation
                    name: {en: Implementation}
                    options:
                      - {id: fully, label: {en: Fully}, value: 1.0, achieved: true}
                      - {id: largely, label: {en: Largely}, value: 0.67, achieved: true}
                      - {id: partially, label: {en: Partially}, value: 0.33, achieved: false}
                      - {id: not-implemented, label: {en: Not implemented}, value: 0.0, achieved: false}
                domains:
                """);
        int written = 0;
        for (int d = 0; d < domains; d++) {
            int inDomain = practices / domains + (d < practices % domains ? 1 : 0);
            out.append("  - id: D")
                    .append(d)
                    .append("\n    title: {en: Domain ")
                    .append(d)
                    .append("}\n    goals:\n");
            int goals = 3;
            int p = 0;
            for (int g = 0; g < goals; g++) {
                int inGoal = inDomain / goals + (g < inDomain % goals ? 1 : 0);
                out.append("      - id: D")
                        .append(d)
                        .append(".G")
                        .append(g)
                        .append("\n        title: {en: Goal ")
                        .append(g)
                        .append("}\n        practices:\n");
                for (int i = 0; i < inGoal; i++, p++, written++) {
                    int level = 1 + (p * 3) / inDomain;
                    out.append("          - {id: D")
                            .append(d)
                            .append(".P")
                            .append(p)
                            .append(", level: MIL")
                            .append(level)
                            .append(", weight: ")
                            .append(1 + written % 3)
                            .append(naEverywhere || written % 7 == 0 ? ", allow_na: true" : "")
                            .append(", text: {en: Practice ")
                            .append(p)
                            .append("}}\n");
                }
            }
        }
        return out.toString();
    }
}
