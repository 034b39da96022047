package eu.resilience.assessment.journey;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core on the page of a browser: the WCAG 2.1 A and AA rules, with no rule disabled (docs/ACCESSIBILITY.md). */
final class Accessibility {

    /** axe-core's tags of the success criteria of WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    static void check(WebDriver driver, String screen) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + screen + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty() && Boolean.getBoolean("accessibility.reportOnly")) {
            System.out.println("AXE " + screen + ":\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        } else if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + screen + ":\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream()
                        .limit(5)
                        .map(node -> "    " + node.getTarget() + " " + abbreviate(node.getHtml()) + "\n      "
                                + String.valueOf(node.getFailureSummary()).replace("\n", " "))
                        .collect(Collectors.joining("\n"))
                + (rule.getNodes().size() > 5 ? "\n    ... " + rule.getNodes().size() + " elements in all" : "");
    }

    private static String abbreviate(String html) {
        return html == null || html.length() <= 200 ? String.valueOf(html) : html.substring(0, 200) + "...";
    }
}
