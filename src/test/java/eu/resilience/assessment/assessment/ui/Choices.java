package eu.resilience.assessment.assessment.ui;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** A user's choice of an option, browserless: the group's value from the client, then its choice settles. */
final class Choices {

    private Choices() {}

    /** What a click (or the space bar) does: the value, then the settled choice. */
    static void choose(RadioButtonGroup<String> options, String option) {
        moveTo(options, option);
        settle(options);
    }

    /** What an arrow key does: the group's value changes on the client; nothing has settled yet. */
    static void moveTo(RadioButtonGroup<String> options, String option) {
        HasValueUtilsKt._setValue(options, option);
    }

    /** The focus leaves the group, or the selection rested on one option. */
    static void settle(RadioButtonGroup<String> options) {
        BasicUtilsKt._fireDomEvent(options, ChoiceSettling.EVENT);
    }
}
