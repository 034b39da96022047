package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.shared.Registration;

/**
 * The keyboard shortcuts of the questionnaire screen (docs/ACCESSIBILITY.md), with Alt+Shift so that no single
 * character key acts (WCAG 2.1.4) and the browser's and screen readers' own keys stay free: Alt+Shift+N the next
 * unanswered practice, Alt+Shift+D the next domain, Alt+Shift+R review and submit. Listened for on the page, so they
 * work wherever the focus is.
 */
final class AssessmentShortcuts {

    /** What the shortcuts do, given the practice whose card holds the focus (empty when none). */
    interface Actions {
        void nextUnanswered(String focusedPracticeId);

        void nextDomain();

        void review();
    }

    static final String NEXT_UNANSWERED = "KeyN";
    static final String NEXT_DOMAIN = "KeyD";
    static final String REVIEW = "KeyR";

    // the filter also prevents the browser's own action, only for these keys (Flow's shortcuts do the same)
    private static final String FILTER = "event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey"
            + " && ['" + NEXT_UNANSWERED + "', '" + NEXT_DOMAIN + "', '" + REVIEW + "'].includes(event.code)"
            + " && (event.preventDefault() || true)";
    private static final String FOCUSED_PRACTICE =
            "(document.activeElement && document.activeElement.closest && document.activeElement.closest('.ra-card'))"
                    + " ? document.activeElement.closest('.ra-card').id : ''";

    private AssessmentShortcuts() {}

    /** Listens for the shortcuts on the whole page of the UI until the registration is removed. */
    static Registration listen(UI ui, Actions actions) {
        DomListenerRegistration registration = ui.getElement()
                .addEventListener("keydown", event -> {
                    String code = event.getEventData().getString("event.code");
                    String card = event.getEventData().getString(FOCUSED_PRACTICE);
                    dispatch(code, card.startsWith("practice-") ? card.substring("practice-".length()) : "", actions);
                })
                .setFilter(FILTER)
                .addEventData("event.code")
                .addEventData(FOCUSED_PRACTICE);
        return registration;
    }

    static void dispatch(String code, String focusedPracticeId, Actions actions) {
        switch (code) {
            case NEXT_UNANSWERED -> actions.nextUnanswered(focusedPracticeId);
            case NEXT_DOMAIN -> actions.nextDomain();
            case REVIEW -> actions.review();
            default -> {}
        }
    }
}
