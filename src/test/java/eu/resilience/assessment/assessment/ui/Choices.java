package eu.resilience.assessment.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.html.NativeButton;
import elemental.json.Json;
import elemental.json.JsonObject;

/** A user's choice of an option, browserless: the group's change event from the client, then its choice settles. */
final class Choices {

    private Choices() {}

    /** What a click (or the space bar) does: the input's change, then the settled choice. */
    static void choose(PracticeCard card, String option) {
        moveTo(card, option);
        settle(card);
    }

    /** What an arrow key does: the checked radio changes on the client; nothing has settled yet. */
    static void moveTo(PracticeCard card, String option) {
        JsonObject data = Json.createObject();
        data.put(PracticeCard.TYPE, "radio");
        data.put(PracticeCard.VALUE, option);
        data.put(PracticeCard.CHECKED, true);
        data.put(PracticeCard.ON_OWN_INPUT, true);
        BasicUtilsKt._fireDomEvent(card, "change", data);
    }

    /** The focus leaves the group, or the selection rested on one option (the event bubbles to the card). */
    static void settle(PracticeCard card) {
        BasicUtilsKt._fireDomEvent(card, ChoiceSettling.EVENT);
    }

    /** A click (or Enter) on a card's fold toggle ("guidance" or "notes"): the card's click with the toggle's name. */
    static void toggle(PracticeCard card, String fold) {
        JsonObject data = Json.createObject();
        data.put(PracticeCard.FOLD, fold);
        data.put(PracticeCard.ON_FOLD, true);
        BasicUtilsKt._fireDomEvent(card, "click", data);
    }

    /** A click (or the space bar) on a card's flag: the card's change with the checkbox's state. */
    static void flag(PracticeCard card, boolean checked) {
        JsonObject data = Json.createObject();
        data.put(PracticeCard.TYPE, "checkbox");
        data.put(PracticeCard.VALUE, "on");
        data.put(PracticeCard.CHECKED, checked);
        data.put(PracticeCard.ON_OWN_INPUT, true);
        BasicUtilsKt._fireDomEvent(card, "change", data);
    }

    /** A click (or Enter, or Space) on one of the screen's native buttons, by its id. */
    static void press(String id) {
        BasicUtilsKt._fireDomEvent(_get(NativeButton.class, spec -> spec.withId(id)), "click");
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
