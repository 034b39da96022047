package eu.resilience.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
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

    @Test
    void keepsTheScriptsRunOnEachElementWithTheirArgumentsAndForgetsThemWithTheElement() throws Exception {
        UidlSession session = new UidlSession(URI.create("http://localhost/"), null);
        // Element.executeJs: [arguments..., the element as [0, node], code]; a page's script has no element
        session.apply(
                json.readTree(
                        """
                {"syncId": 1, "changes": [
                  {"node": 30, "type": "attach"},
                  {"node": 30, "type": "put", "key": "id", "feat": 3, "value": "practice-GOV.1.1"}
                ], "execute": [
                  ["<fieldset class=\\"ra-options\\"></fieldset>", [0, 30], "this.insertAdjacentHTML('afterbegin', $0)"],
                  ["window.scrollTo(0, 0)"],
                  [null, "Saved by Rita at 10:02", "saved", [0, 30], "const status = this.querySelector('[data-status]')"]
                ]}"""),
                true);

        UidlSession.Node card = session.byElementId("practice-GOV.1.1").orElseThrow();
        assertThat(session.scripts(card)).hasSize(2);
        assertThat(session.lastScript(card, "insertAdjacentHTML").orElseThrow().arguments())
                .extracting(node -> node.asText())
                .containsExactly("<fieldset class=\"ra-options\"></fieldset>");
        UidlSession.Script status = session.lastScript(card, "data-status").orElseThrow();
        assertThat(status.arguments().get(0).isNull()).isTrue();
        assertThat(status.arguments().get(1).asText()).isEqualTo("Saved by Rita at 10:02");
        assertThat(status.order()).isEqualTo(session.scriptsRun()).isEqualTo(2);

        // a script the server kept until its element became visible comes with its result's channels and wrapped
        session.apply(
                json.readTree(
                        """
                {"syncId": 2, "execute": [
                  ["<fieldset class=\\"ra-options\\" id=\\"again\\"></fieldset>", [0, 30], [2, 30, 0], [2, 30, 1],
                   "try{Promise.resolve((async function(){return (async function() { this.insertAdjacentHTML('afterbegin', $0)\\n}).apply($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}"]
                ]}"""),
                true);

        assertThat(session.scripts(card)).hasSize(3);
        assertThat(session.lastScript(card, "insertAdjacentHTML").orElseThrow().arguments())
                .extracting(node -> node.asText())
                .containsExactly("<fieldset class=\"ra-options\" id=\"again\"></fieldset>");

        session.apply(json.readTree("{\"changes\": [{\"node\": 30, \"type\": \"detach\"}]}"), true);

        assertThat(session.scripts(card)).isEmpty();
    }

    @Test
    void knowsWhatTheServerHidAndKeepsTheParentOfANodeAttachedLaterInTheMessage() throws Exception {
        UidlSession session = new UidlSession(URI.create("http://localhost/"), null);
        // Flow names a child in its parent's list before the child's own attachment: the client attaches first
        session.apply(
                json.readTree(
                        """
                {"syncId": 1, "changes": [
                  {"node": 20, "type": "attach"},
                  {"node": 20, "type": "put", "key": "tag", "feat": 0, "value": "div"},
                  {"node": 20, "type": "put", "key": "id", "feat": 3, "value": "practice-VULN.3.2"},
                  {"node": 20, "type": "splice", "feat": 2, "index": 0, "addNodes": [21]},
                  {"node": 21, "type": "attach"},
                  {"node": 21, "type": "put", "key": "tag", "feat": 0, "value": "fieldset"}
                ]}"""),
                true);
        UidlSession.Node card = session.byElementId("practice-VULN.3.2").orElseThrow();
        UidlSession.Node group = session.descendant(card, "fieldset").orElseThrow();
        assertThat(session.shown(card)).isTrue();
        assertThat(session.shown(group)).isTrue();

        // the practice's visibility condition turned false: the card stays in the copy, hidden with its options
        session.apply(
                json.readTree(
                        """
                {"syncId": 2, "changes": [
                  {"node": 20, "type": "put", "key": "visible", "feat": 0, "value": false}
                ]}"""),
                true);
        assertThat(session.shown(card)).isFalse();
        assertThat(session.shown(group)).isFalse();

        session.apply(
                json.readTree(
                        """
                {"syncId": 3, "changes": [
                  {"node": 20, "type": "put", "key": "visible", "feat": 0, "value": true}
                ]}"""),
                true);
        assertThat(session.shown(group)).isTrue();
        assertThat(session.syncIdGaps()).isZero();

        // an answer that skips a syncId follows messages this client never received (e.g. pushed)
        session.apply(json.readTree("{\"syncId\": 5, \"changes\": []}"), true);
        assertThat(session.syncIdGaps()).isEqualTo(1);
    }

    @Test
    void sendsTheHeartbeatKeepsTheLastRequestsAndAnswersAndStopsWhenTheServerAsksToResynchronize() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int[] uidlRequests = {0};
        List<String> heartbeats = new CopyOnWriteArrayList<>();
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String body;
            if (query == null) {
                body = "<html></html>";
            } else if (query.startsWith("v-r=heartbeat")) {
                heartbeats.add(exchange.getRequestMethod() + " " + query);
                body = "";
            } else if (query.startsWith("v-r=init")) {
                body =
                        """
                        {"appConfig": {"v-uiId": 3, "heartbeatInterval": 1, "uidl": {"Vaadin-Security-Key": "key",
                          "syncId": 0, "clientId": 0, "changes": []}}}""";
            } else if (++uidlRequests[0] == 1) {
                // the server closes the kept-alive connection without an answer: the request goes out again
                exchange.close();
                return;
            } else if (uidlRequests[0] == 2) {
                body =
                        """
                        for(;;);[{"syncId": 1, "clientId": 1, "changes": [
                          {"node": 5, "type": "attach"},
                          {"node": 5, "type": "put", "key": "id", "feat": 3, "value": "nav-GOV"}]}]""";
            } else {
                body = "for(;;);[{\"syncId\": 2, \"clientId\": 2, \"resynchronize\": true, \"changes\": []}]";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
        try {
            UidlSession session = new UidlSession(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                    UidlSession.client(Executors.newSingleThreadExecutor()));
            session.open("assessments/1");
            assertThat(session.byElementId("nav-GOV")).isPresent();
            assertThat(session.repeated()).isEqualTo(1);

            // the server closes a UI whose heartbeats stop (UIDL requests do not count): one per interval, as a browser
            assertThat(session.heartbeatDue()).isFalse();
            Thread.sleep(1_100);
            assertThat(session.heartbeatDue()).isTrue();
            session.heartbeat();
            assertThat(heartbeats).containsExactly("POST v-r=heartbeat&v-uiId=3");
            assertThat(session.heartbeatDue()).isFalse();

            assertThatThrownBy(() -> session.click("nav-GOV")).hasMessageContaining("resynchronize");

            assertThat(session.recentExchanges()).hasSize(2);
            UidlSession.Exchange last = session.recentExchanges().get(1);
            assertThat(json.readTree(last.request()).path("syncId").asInt()).isEqualTo(1);
            assertThat(json.readTree(last.request()).path("clientId").asInt()).isEqualTo(1);
            assertThat(last.answer()).contains("\"resynchronize\": true");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void takesARedirectBackToTheLoginPageAsARefusedLogin() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/login", exchange -> {
            if (exchange.getRequestMethod().equals("POST")) {
                // the form post failed on the server: its error dispatch sends the browser to the login page
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1/login");
                exchange.sendResponseHeaders(302, -1);
            } else {
                byte[] page = "<meta name=\"_csrf\" content=\"token\">".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            }
            exchange.close();
        });
        server.start();
        try {
            UidlSession session = new UidlSession(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                    UidlSession.client(Executors.newSingleThreadExecutor()));
            assertThatThrownBy(() -> session.login("load-1", "secret"))
                    .hasMessageContaining("refused: 302 -> http://127.0.0.1/login");
        } finally {
            server.stop(0);
        }
    }
}
