package eu.resilience.assessment.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.html.Div;
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

    /** A click (or Enter) on a card's fold toggle ("guidance" or "notes"): the tools' click with the toggle's name. */
    static void toggle(PracticeCard card, String fold) {
        JsonObject data = Json.createObject();
        data.put(PracticeCard.FOLD, fold);
        data.put(PracticeCard.ON_FOLD, true);
        BasicUtilsKt._fireDomEvent(tools(card), "click", data);
    }

    /** A click (or the space bar) on a card's flag: the tools' change with the checkbox's state. */
    static void flag(PracticeCard card, boolean checked) {
        JsonObject data = Json.createObject();
        data.put(PracticeCard.CHECKED, checked);
        data.put(PracticeCard.ON_FLAG, true);
        BasicUtilsKt._fireDomEvent(tools(card), "change", data);
    }

    /** The element of a card's fold toggles and flag. */
    static Div tools(PracticeCard card) {
        return _get(card, Div.class, spec -> spec.withClasses("ra-card-tools"));
    }

    /** A click on a domain's button in the list on the side. */
    static void openDomain(String domainId) {
        JsonObject data = Json.createObject();
        data.put(DomainNav.DOMAIN, domainId);
        data.put(DomainNav.ON_BUTTON, true);
        BasicUtilsKt._fireDomEvent(_get(DomainNav.class), "click", data);
    }

    /** A domain picked in the phone's picker (the select's change). */
    static void pick(String domainId) {
        JsonObject data = Json.createObject();
        data.put(DomainPicker.VALUE, domainId);
        data.put(DomainPicker.ON_SELECT, true);
        BasicUtilsKt._fireDomEvent(_get(DomainPicker.class), "change", data);
    }
}
