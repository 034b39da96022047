package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.Component;

/**
 * When a choice among a practice's options counts as made. The arrow keys move the selection of a radio group through
 * every option they pass over, and the group reports each one; saving each would store (and audit) choices nobody
 * made. So a choice is saved when it settles: at once for a click or the space bar, and for the arrow keys when the
 * focus leaves the group or after a pause of {@link #PAUSE_MILLIS}. A script on the questionnaire screen tells the
 * group (a native {@code fieldset.ra-options} on a {@link PracticeCard}), with the event {@link #EVENT} that bubbles to
 * its card, once its {@code change} event has been sent (no JavaScript bundle needed).
 */
final class ChoiceSettling {

    /** The DOM event a radio group receives when its choice has settled. */
    static final String EVENT = "ra-choice-settled";

    /** How long the selection must rest on one option, after an arrow key, to count as chosen. */
    static final int PAUSE_MILLIS = 1500;

    // Listens in the capture phase on the screen, so one listener serves every card; the event is sent in a later task,
    // after Flow's own listener on the group has queued the input's change.
    private static final String SCRIPT =
            """
            const view = this, pause = $0;
            if (view.__raChoiceSettling) { return; }
            view.__raChoiceSettling = true;
            const timers = new Map();
            let arrowKey = false, touched = null;
            const groupOf = t => t && t.closest ? t.closest('fieldset.ra-options') : null;
            const settle = group => {
              clearTimeout(timers.get(group));
              timers.delete(group);
              group.dispatchEvent(new CustomEvent('ra-choice-settled', {bubbles: true}));
            };
            view.addEventListener('keydown', e => {
              arrowKey = (e.key || '').startsWith('Arrow');
              touched = groupOf(e.target) || touched;
            }, true);
            view.addEventListener('keyup', () => { arrowKey = false; }, true);
            view.addEventListener('click', e => { touched = groupOf(e.target) || touched; }, true);
            view.addEventListener('change', e => {
              const group = groupOf(e.target);
              if (!group || group !== touched) { return; }
              clearTimeout(timers.get(group));
              timers.set(group, setTimeout(() => settle(group), arrowKey ? pause : 0));
            }, true);
            view.addEventListener('focusout', e => {
              const group = groupOf(e.target);
              if (group && timers.has(group) && !group.contains(e.relatedTarget)) { settle(group); }
            }, true);
            """;

    private ChoiceSettling() {}

    /** Installs the script on the screen that holds the groups (once per screen element). */
    static void install(Component screen) {
        screen.getElement().executeJs(SCRIPT, PAUSE_MILLIS);
    }

    /** Runs {@code settled} when the choice of a group in {@code card} has settled (the event bubbles to it). */
    static void onSettled(Component card, Runnable settled) {
        card.getElement().addEventListener(EVENT, event -> settled.run());
    }
}
