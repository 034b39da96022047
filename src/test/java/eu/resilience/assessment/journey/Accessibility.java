package eu.resilience.assessment.journey;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core on the page of a browser: the rules of WCAG 2.0 and 2.1, levels A and AA. One rule is left out in one
 * situation only (a modal dialog open, below); none otherwise (docs/ACCESSIBILITY.md).
 */
final class Accessibility {

    /** axe-core's tags of the success criteria of WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * While a modal dialog is open, Vaadin hides the page behind it with aria-hidden and keeps the focus inside the
     * dialog (Tab cycles through the dialog's buttons: {@code KeyboardJourneyIT}), so the page's links and buttons
     * cannot be reached although axe-core's rule "aria-hidden-focus" counts them. That rule is left out then, and only
     * then.
     */
    private static final String MODAL_OPEN = "return !!document.querySelector("
            + "'vaadin-dialog-overlay[opened], vaadin-confirm-dialog-overlay[opened]')";

    /** A dialog still fading in has colours in between: axe-core would measure the contrast of a transition. */
    private static final String ANIMATIONS_DONE = "return document.getAnimations().every(a => a.playState !== 'running'"
            + " || a.effect.getTiming().iterations === Infinity)";

    /** axe-core's script (560 KB), read once. */
    private static final String AXE_SCRIPT = axeScript();

    /** Whether axe-core is in the page (or frame) already: a Vaadin screen keeps it across views. */
    private static final String AXE_PRESENT = "return typeof window.axe !== 'undefined'";

    private Accessibility() {}

    /** Waits until no animation is running (overlays opening or closing), so the screen is as the user sees it. */
    static void waitForStillness(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(25))
                .until(d -> Boolean.TRUE.equals(js.executeScript(ANIMATIONS_DONE)));
    }

    static void check(WebDriver driver, String screen) {
        waitForStillness(driver);
        // axe.run in the page itself: the same rules and results as the default runPartial/finishRun, which is made
        // for cross-origin frames (the screens have none) and injects axe-core a second time, into a new tab, to
        // which it sends the partial results
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        // every rule runs and every violation is reported with all its elements; only the passed, incomplete and
        // inapplicable rules name one element each instead of all (axe-core's resultTypes): the bulk of the results
        options.setResultTypes(List.of("violations"));
        if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(MODAL_OPEN))) {
            AxeRuleOptions off = new AxeRuleOptions();
            off.setEnabled(false);
            options.setRules(Map.of("aria-hidden-focus", off));
        }
        AxeBuilder axe = new AxeBuilder()
                .setAxeScriptProvider(new StringAxeScriptProvider(AXE_SCRIPT))
                .withOptions(options)
                .setLegacyMode(true);
        // into the page and each of its frames, as AxeBuilder does, but once per page instead of twice per check; the
        // script (560 KB) is sent only when the page has none: sent with every check, its JSON took 5 s of the test
        // JVM's CPU in the journeys, besides chromedriver's and the page's work on it
        axe.setInjectAxe(
                d -> {
                    JavascriptExecutor page = (JavascriptExecutor) d;
                    if (!Boolean.TRUE.equals(page.executeScript(AXE_PRESENT))) {
                        page.executeScript(AXE_SCRIPT);
                    }
                },
                false);
        long start = System.nanoTime();
        Results results = axe.analyze(driver);
        System.out.printf(
                "axe-core: %s checked in %d ms, %d violations%n",
                screen,
                (System.nanoTime() - start) / 1_000_000,
                results.getViolations().size());
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + screen + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + screen + ":\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String axeScript() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException | javax.naming.OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script is not on the class path", e);
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
