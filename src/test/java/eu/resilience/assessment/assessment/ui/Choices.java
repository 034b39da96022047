package eu.resilience.assessment.assessment.ui;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import elemental.json.Json;
import elemental.json.JsonObject;

/** A user's choice of an option, browserless: the group's change event from the client, then its choice settles. */
final class Choices {

    private Choices() {}

    /** What a click (or the space bar) does: the input's change, then the settled choice. */
    static void choose(OptionGroup options, String option) {
        moveTo(options, option);
        settle(options);
    }

    /** What an arrow key does: the checked input changes on the client; nothing has settled yet. */
    static void moveTo(OptionGroup options, String option) {
        JsonObject data = Json.createObject();
        data.put("event.target.value", option);
        BasicUtilsKt._fireDomEvent(options, "change", data);
    }

    /** The focus leaves the group, or the selection rested on one option. */
    static void settle(OptionGroup options) {
        BasicUtilsKt._fireDomEvent(options, ChoiceSettling.EVENT);
    }
}
