package eu.resilience.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The load driver's copy of a screen follows the state-tree changes of UIDL answers, as a browser's does. */
class UidlSessionTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void findsElementsByIdTagAndPropertyAndForgetsDetachedOnes() throws Exception {
        UidlSession session = new UidlSession(URI.create("http://localhost/"), null);
        session.apply(
                json.readTree(
                        """
                {"syncId": 3, "clientId": 2, "changes": [
                  {"node": 10, "type": "attach"},
                  {"node": 10, "type": "put", "key": "tag", "feat": 0, "value": "div"},
                  {"node": 10, "type": "put", "key": "id", "feat": 3, "value": "practice-GOV.1.1"},
                  {"node": 11, "type": "attach"},
                  {"node": 11, "type": "put", "key": "tag", "feat": 0, "value": "vaadin-radio-group"},
                  {"node": 11, "type": "put", "key": "value", "feat": 1, "value": "2"},
                  {"node": 12, "type": "attach"},
                  {"node": 12, "type": "put", "key": "tag", "feat": 0, "value": "vaadin-radio-button"},
                  {"node": 12, "type": "put", "key": "value", "feat": 1, "value": "3"},
                  {"node": 11, "type": "splice", "feat": 2, "index": 0, "addNodes": [12]},
                  {"node": 10, "type": "splice", "feat": 2, "index": 0, "addNodes": [11]},
                  {"node": 13, "type": "attach"},
                  {"node": 13, "type": "put", "key": "id", "feat": 3, "value": "status-GOV.1.1"},
                  {"node": 14, "type": "attach"},
                  {"node": 14, "type": "put", "key": "text", "feat": 7, "value": "Saved by Rita at 10:02"},
                  {"node": 13, "type": "splice", "feat": 2, "index": 0, "addNodes": [14]}
                ]}"""),
                true);

        UidlSession.Node group = session.byElementId("practice-GOV.1.1")
                .flatMap(card -> session.descendant(card, "vaadin-radio-group"))
                .orElseThrow();
        assertThat(group.property("value")).isEqualTo("2");
        assertThat(session.children(group)).extracting(n -> n.property("value")).containsExactly("3");
        assertThat(session.text(session.byElementId("status-GOV.1.1").orElseThrow()))
                .isEqualTo("Saved by Rita at 10:02");
        assertThat(session.elementIds("practice-")).containsExactly("practice-GOV.1.1");

        session.apply(json.readTree("{\"changes\": [{\"node\": 10, \"type\": \"detach\"}]}"), true);

        assertThat(session.byElementId("practice-GOV.1.1")).isEmpty();
        assertThat(session.byElementId("status-GOV.1.1")).isPresent();
    }
}
