package eu.resilience.assessment.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated browser speaking the application's real HTTP protocol: Spring Security's form login (with its CSRF
 * token), the Vaadin Flow bootstrap page with its initial UIDL, and UIDL requests ({@code ?v-r=uidl}) carrying RPC
 * invocations (DOM events, property synchronization) with the node ids the server sent. It keeps the client's copy of
 * the state tree (tags, properties, attributes, children, visibility) so that elements are found by their id
 * attribute, their tag and their properties, as a browser would render them, and the scripts the server ran on each
 * element ({@code Element.executeJs}: e.g. HTML an element renders itself), as {@link #scripts}. An element the server
 * made invisible
 * ({@code setVisible(false)}) is not shown by a browser, and the server ignores events on it: {@link #shown} tells.
 * The UI's heartbeat is sent as Flow's client sends it ({@link #heartbeatDue}, {@link #heartbeat}): without it the
 * server closes the UI after three heartbeat intervals, and its next request answers "session expired". The last few
 * requests and answers are kept ({@link #recentExchanges}) to explain a failure.
 */
final class UidlSession {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    // Flow's state-tree features (com.vaadin.flow.internal.nodefeature.NodeFeatureRegistry)
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;

    /** The client's copy of one state node. */
    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> features = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        int parent = -1;

        Node(int id) {
            this.id = id;
        }

        String tag() {
            JsonNode tag = value(ELEMENT_DATA, "tag");
            return tag == null ? null : tag.asText();
        }

        JsonNode value(int feature, String key) {
            return features.getOrDefault(feature, Map.of()).get(key);
        }

        String attribute(String key) {
            JsonNode value = value(ATTRIBUTES, key);
            return value == null ? null : value.asText();
        }

        String property(String key) {
            JsonNode value = value(PROPERTIES, key);
            return value == null ? null : value.asText();
        }

        /** False when the server made the element invisible (its subtree is then neither shown nor sent). */
        boolean visible() {
            JsonNode visible = value(ELEMENT_DATA, "visible");
            return visible == null || visible.asBoolean(true);
        }
    }

    /**
     * A script the server ran on an element ({@code Element.executeJs}): its code, its arguments ({@code $0},
     * {@code $1}, ...) and its place in the order of all scripts this session received ({@link #scriptsRun}).
     */
    record Script(int order, String code, List<JsonNode> arguments) {}

    private static final int KEPT_SCRIPTS = 8;

    private final Map<Integer, Deque<Script>> scripts = new HashMap<>();
    private int scriptsRun;

    /** One UIDL request and its answer, as sent and received. */
    record Exchange(String request, int status, String answer) {}

    private static final int KEPT_EXCHANGES = 3;
    private static final int KEPT_ANSWER_CHARS = 400_000;

    private final HttpClient http;
    private final URI base;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;
    private final Deque<Exchange> recent = new ArrayDeque<>();
    private int syncIdGaps;
    private int repeated;
    private long heartbeatIntervalNanos;
    private long lastHeartbeat;

    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** A session on its own cookies, sharing the client (its connection pool) with the other sessions. */
    UidlSession(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The client the sessions share: no redirects followed, no cookie store (each session keeps its own). */
    static HttpClient client(Executor executor) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .build();
    }

    /** Spring Security's form login: the login page gives the CSRF token, the form post gives the session. */
    void login(String username, String password) throws IOException, InterruptedException {
        String page = get("login");
        Matcher csrf = META_CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("the login page has no CSRF token");
        }
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = exchange(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        String location = response.headers().firstValue("Location").orElse("");
        // back to the login page: refused (?error, ?locked), or the form post failed on the server (its error
        // dispatch is not public and redirects to the login page)
        if (response.statusCode() != 302
                || location.contains("error")
                || location.contains("locked")
                || location.endsWith("/login")) {
            throw new IllegalStateException(
                    "login of " + username + " refused: " + response.statusCode() + " -> " + location);
        }
    }

    /**
     * Opens a screen as a new browser tab does: the bootstrap page, the UI's initial UIDL ({@code ?v-r=init}), then the
     * client router's "ui-navigate" event, whose answer builds the screen.
     */
    void open(String path) throws IOException, InterruptedException {
        get(path);
        JsonNode init = JSON.readTree(get("?v-r=init&location=" + encode(path) + "&query="));
        JsonNode appConfig = init.path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        if (uidl.isMissingNode()) {
            throw new IllegalStateException("no initial UIDL for " + path);
        }
        securityKey = uidl.path("Vaadin-Security-Key").asText();
        uiId = appConfig.path("v-uiId").asInt();
        // vaadin.heartbeatInterval, in seconds (Vaadin's default 300)
        heartbeatIntervalNanos = Duration.ofSeconds(
                        appConfig.path("heartbeatInterval").asInt(300))
                .toNanos();
        lastHeartbeat = System.nanoTime();
        nodes.clear();
        byId.clear();
        scripts.clear();
        syncId = -1;
        clientId = 0;
        apply(uidl, false);
        syncId = Math.max(syncId, 0);
        ObjectNode data = JSON.createObjectNode();
        data.put("route", path);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        JsonNode answer = send(List.of(event(1, "ui-navigate", data)));
        if (byId.isEmpty()) {
            String text = answer.toString();
            throw new IllegalStateException("the screen of " + path + " has no element with an id: "
                    + text.substring(0, Math.min(600, text.length())));
        }
    }

    /** Whether the UI's heartbeat is due: Flow's client sends one every heartbeat interval while the page is open. */
    boolean heartbeatDue() {
        return heartbeatIntervalNanos > 0 && System.nanoTime() - lastHeartbeat >= heartbeatIntervalNanos;
    }

    /**
     * The UI's heartbeat, as Flow's client sends it: an empty POST ({@code ?v-r=heartbeat&v-uiId=}); the server keeps
     * the UI open as long as heartbeats come (UIDL requests do not count). Answered 200, or 410 when the UI is gone.
     */
    void heartbeat() throws IOException, InterruptedException {
        lastHeartbeat = System.nanoTime();
        HttpResponse<String> response = exchange(request("?v-r=heartbeat&v-uiId=" + uiId)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("heartbeat answered " + response.statusCode());
        }
    }

    /** A click on the element with this id attribute. */
    JsonNode click(String elementId) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.detail")) {
            data.put(key, key.equals("event.detail") ? 1 : 10);
        }
        data.put("event.button", 0);
        for (String key : List.of("event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey")) {
            data.put(key, false);
        }
        return send(List.of(event(node(elementId), "click", data)));
    }

    /** A DOM event without data on a node (e.g. one a page script dispatches). */
    JsonNode fire(Node node, String eventType) throws IOException, InterruptedException {
        return send(List.of(event(node.id, eventType, JSON.createObjectNode())));
    }

    /** A DOM event with its data (the values of the listener's event data and filter expressions) on a node. */
    JsonNode fire(Node node, String eventType, Map<String, Object> data) throws IOException, InterruptedException {
        return send(List.of(event(node.id, eventType, JSON.valueToTree(data))));
    }

    /**
     * Whether a browser shows the element: it and every ancestor visible. The server ignores events on an invisible
     * element ("inactive"), so an action must only target shown elements.
     */
    boolean shown(Node node) {
        for (Node at = node; at != null; at = at.parent < 0 ? null : nodes.get(at.parent)) {
            if (!at.visible()) {
                return false;
            }
        }
        return true;
    }

    /** The last UIDL requests and their answers (at most {@value #KEPT_EXCHANGES}), oldest first, for a failure. */
    List<Exchange> recentExchanges() {
        return List.copyOf(recent);
    }

    /**
     * How many answers came with a syncId other than the last one plus one: the server then sent messages elsewhere
     * (server push) that this client never saw.
     */
    int syncIdGaps() {
        return syncIdGaps;
    }

    Optional<Node> byElementId(String elementId) {
        Integer id = byId.get(elementId);
        return id == null ? Optional.empty() : Optional.ofNullable(nodes.get(id));
    }

    /** An element that listens to the DOM event (a key of its listener map), if any. */
    Optional<Node> listening(String eventType) {
        return nodes.values().stream()
                .filter(node -> node.value(LISTENERS, eventType) != null)
                .findFirst();
    }

    /** The ids of every element whose id attribute starts with the prefix, in no particular order. */
    List<String> elementIds(String prefix) {
        return byId.keySet().stream().filter(id -> id.startsWith(prefix)).toList();
    }

    /** The first descendant with this tag, depth first. */
    Optional<Node> descendant(Node from, String tag) {
        for (int childId : from.children) {
            Node child = nodes.get(childId);
            if (child == null) {
                continue;
            }
            if (tag.equals(child.tag())) {
                return Optional.of(child);
            }
            Optional<Node> deeper = descendant(child, tag);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    List<Node> children(Node node) {
        return node.children.stream().map(nodes::get).filter(n -> n != null).toList();
    }

    /** The text of an element: its text nodes, depth first. */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        JsonNode own = node.value(TEXT, "text");
        if (own != null) {
            text.append(own.asText());
        }
        for (Node child : children(node)) {
            text.append(text(child));
        }
        return text.toString();
    }

    int nodeCount() {
        return nodes.size();
    }

    private int node(String elementId) {
        Integer id = byId.get(elementId);
        if (id == null) {
            throw new IllegalStateException("no element with id " + elementId + " on the screen");
        }
        return id;
    }

    private static ObjectNode event(int node, String type, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", type);
        event.set("data", data);
        return event;
    }

    private JsonNode send(List<ObjectNode> invocations) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        String sent = JSON.writeValueAsString(message);
        HttpResponse<String> response = exchange(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(sent))
                .build());
        String body = response.body();
        if (recent.size() == KEPT_EXCHANGES) {
            recent.removeFirst();
        }
        recent.addLast(new Exchange(
                sent,
                response.statusCode(),
                body.length() > KEPT_ANSWER_CHARS
                        ? body.substring(0, KEPT_ANSWER_CHARS) + "... (" + body.length() + " characters)"
                        : body));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL request answered " + response.statusCode());
        }
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode uidl = JSON.readTree(body);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        if (uidl.has("meta") && uidl.path("meta").has("sessionExpired")) {
            throw new IllegalStateException("the session expired");
        }
        if (uidl.path("resynchronize").asBoolean(false)
                || uidl.path("meta").path("resynchronize").asBoolean(false)) {
            // the server lost track of this client's messages and resends the whole UI: the copy would be rebuilt
            throw new IllegalStateException(
                    "the server asked to resynchronize (syncId " + syncId + ", clientId " + clientId + " sent)");
        }
        apply(uidl, true);
        return uidl;
    }

    /**
     * Applies one UIDL message: its sync ids and its changes to the copy of the state tree, as Flow's client does: the
     * attachments first (a parent's child list may name a node whose attachment comes later in the message), then the
     * other changes in order.
     */
    void apply(JsonNode uidl, boolean answer) {
        if (uidl.has("syncId")) {
            int next = uidl.get("syncId").asInt();
            if (answer && syncId >= 0 && next != syncId + 1) {
                syncIdGaps++;
            }
            syncId = next;
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        } else if (answer) {
            clientId++;
        }
        for (JsonNode change : uidl.path("changes")) {
            if (change.path("type").asText().equals("attach")) {
                int id = change.path("node").asInt();
                nodes.put(id, new Node(id));
            }
        }
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            switch (type) {
                case "attach" -> {
                    // done above
                }
                case "detach" -> detach(id);
                case "put" -> put(id, change);
                case "remove" -> {
                    Node node = nodes.get(id);
                    if (node != null) {
                        node.features
                                .getOrDefault(change.path("feat").asInt(), new HashMap<>())
                                .remove(change.path("key").asText());
                    }
                }
                case "splice" -> splice(id, change);
                case "clear" -> {
                    Node node = nodes.get(id);
                    if (node != null && change.path("feat").asInt() == CHILDREN) {
                        node.children.clear();
                    }
                }
                default -> {
                    // "empty" and list changes of features the driver does not read
                }
            }
        }
        // after the changes, as Flow's client runs them: [arguments..., the element ("this": [0, node]), code], or,
        // when the server waits for the script's result (e.g. a script kept until its element became visible),
        // [arguments..., [0, node], [2, node, success], [2, node, failure], code wrapped around the element's code]
        for (JsonNode call : uidl.path("execute")) {
            if (!call.isArray() || call.size() < 2) {
                continue;
            }
            int selfAt = call.size() - 2;
            while (selfAt >= 0 && isReturnChannel(call.get(selfAt))) {
                selfAt--;
            }
            JsonNode self = selfAt < 0 ? null : call.get(selfAt);
            if (self == null
                    || !self.isArray()
                    || self.size() != 2
                    || self.get(0).asInt(-1) != 0) {
                continue; // a script of the page, not of an element
            }
            List<JsonNode> arguments = new ArrayList<>();
            for (int i = 0; i < selfAt; i++) {
                arguments.add(call.get(i));
            }
            Deque<Script> kept = scripts.computeIfAbsent(self.get(1).asInt(), n -> new ArrayDeque<>());
            if (kept.size() == KEPT_SCRIPTS) {
                kept.removeFirst();
            }
            kept.addLast(new Script(++scriptsRun, call.get(call.size() - 1).asText(), List.copyOf(arguments)));
        }
    }

    /** Flow's argument for a script's result sent back to the server: {@code [2, node, channel]}. */
    private static boolean isReturnChannel(JsonNode argument) {
        return argument.isArray() && argument.size() == 3 && argument.get(0).asInt(-1) == 2;
    }

    /** The last scripts the server ran on the element (at most {@value #KEPT_SCRIPTS}), oldest first. */
    List<Script> scripts(Node node) {
        return List.copyOf(scripts.getOrDefault(node.id, new ArrayDeque<>()));
    }

    /** The last script run on the element whose code contains the text, if any. */
    Optional<Script> lastScript(Node node, String containing) {
        List<Script> run = scripts(node);
        for (int i = run.size() - 1; i >= 0; i--) {
            if (run.get(i).code().contains(containing)) {
                return Optional.of(run.get(i));
            }
        }
        return Optional.empty();
    }

    /** How many element scripts this session received so far (the order of the last one). */
    int scriptsRun() {
        return scriptsRun;
    }

    private void put(int id, JsonNode change) {
        Node node = nodes.computeIfAbsent(id, Node::new);
        int feature = change.path("feat").asInt();
        String key = change.path("key").asText();
        JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
        node.features.computeIfAbsent(feature, f -> new LinkedHashMap<>()).put(key, value);
        if (feature == ATTRIBUTES && key.equals("id") && value != null) {
            byId.put(value.asText(), id);
        }
    }

    private void splice(int id, JsonNode change) {
        if (change.path("feat").asInt() != CHILDREN) {
            return;
        }
        Node node = nodes.computeIfAbsent(id, Node::new);
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        JsonNode added = change.has("addNodes") ? change.get("addNodes") : change.get("add");
        if (added != null) {
            int at = index;
            for (JsonNode child : added) {
                if (child.isInt()) {
                    node.children.add(Math.min(at++, node.children.size()), child.asInt());
                    nodes.computeIfAbsent(child.asInt(), Node::new).parent = id;
                }
            }
        }
    }

    private void detach(int id) {
        scripts.remove(id);
        Node node = nodes.remove(id);
        if (node != null) {
            String elementId = node.attribute("id");
            if (elementId != null && Integer.valueOf(id).equals(byId.get(elementId))) {
                byId.remove(elementId);
            }
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(request(path).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode()
                    + response.headers()
                            .firstValue("Location")
                            .map(location -> " -> " + location)
                            .orElse(""));
        }
        return response.body();
    }

    /**
     * How many requests were sent again because the server had closed the kept-alive connection they went out on
     * before answering (as a browser repeats them; a UIDL message sent twice is answered from the server's last
     * answer, Flow's own way of repeating a message).
     */
    int repeated() {
        return repeated;
    }

    private HttpResponse<String> exchange(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closed) {
            if (closed instanceof java.net.http.HttpTimeoutException
                    || closed.getMessage() == null
                    || !closed.getMessage().contains("received no bytes")) {
                throw closed;
            }
            repeated++;
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return response;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en");
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(c -> c.getKey() + "=" + c.getValue())
                                    .toList()));
        }
        return request;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
