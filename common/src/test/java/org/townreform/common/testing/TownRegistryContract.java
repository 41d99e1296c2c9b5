package org.townreform.common.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.townreform.common.towns.RegisteredTown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.http.HttpServerRequest;

/**
 * personnel-service's public registry of towns as {@code contracts/personnel-public-towns.json} records it, for the
 * consumers' contract servers ({@link TownRegistryServer}, license-service's personnel server): a well-formed code gets
 * the recorded answer for a recorded town, with the code asked; {@link #UNKNOWN}, the code the contract records as
 * unknown, gets the recorded 404. Nothing is hand-made: the answers are the recording's. {@link #outage} makes every
 * lookup fail the same way (the registry down); {@link #requests} counts the lookups that arrived and
 * {@link #lastAuthorization} keeps the last one's Authorization header (there should be none).
 * <p>
 * The registry's changes ({@link #CHANGES_PATH}) are answered as {@code contracts/personnel-public-town-changes.json}
 * records them, in the recorded page's shape, from a feed that starts with the recorded page's towns
 * ({@link #RECORDED_CHANGES}) and to which a test adds a town personnel-service records ({@link #publish}). Like the
 * real one the feed only grows (for the life of the JVM, whichever test runs), and its cursors stand for a place in it
 * ({@link #cursorAt}); a cursor that is not one gets the recorded 400. {@link #outage} fails the changes too;
 * {@link #changeRequests} counts them apart from the lookups, and {@link #changesAsked} keeps the cursors they were
 * asked after ({@link #FROM_START} for none).
 */
public final class TownRegistryContract {
    public static final String PATH = "/api/v1/public/towns/";

    /**
     * How the registry fails as a whole: NONE answers as recorded; SILENT never answers, HANG_UP closes the connection,
     * SERVER_ERROR answers 500, UNAVAILABLE 503 (what a proxy answers with no personnel-service behind it).
     */
    public enum Outage {
        NONE, SILENT, HANG_UP, SERVER_ERROR, UNAVAILABLE
    }

    private static final JsonNode INTERACTIONS = contract().get("interactions");
    private static final JsonNode RECORDED = INTERACTIONS.get(0);
    private static final JsonNode NOT_RECORDED = INTERACTIONS.get(1);

    /** The code no town has (the recorded 404). */
    public static final String UNKNOWN = code(NOT_RECORDED);

    /** The registry's changes. */
    public static final String CHANGES_PATH = "/api/v1/public/towns/changes";
    /** What {@link #changesAsked} lists for a read of the changes without a cursor (from the start). */
    public static final String FROM_START = "(from the start)";
    private static final JsonNode CHANGE_INTERACTIONS = contract("personnel-public-town-changes.json")
            .get("interactions");
    private static final JsonNode CHANGES = CHANGE_INTERACTIONS.get(0);
    private static final JsonNode BAD_CURSOR = CHANGE_INTERACTIONS.get(2);
    private static final Pattern CURSOR = Pattern.compile("changes-([0-9]{1,9})");
    private static final int ASKED_KEPT = 1000;

    /** The towns of the recorded page of changes, in order: the feed starts with them. */
    public static final List<RegisteredTown> RECORDED_CHANGES = recordedChanges();

    private static final List<RegisteredTown> FEED = new CopyOnWriteArrayList<>(RECORDED_CHANGES);
    private static final Deque<String> ASKED = new ConcurrentLinkedDeque<>();

    public static volatile Outage outage = Outage.NONE;
    public static final AtomicInteger requests = new AtomicInteger();
    public static volatile String lastAuthorization;
    public static final AtomicInteger changeRequests = new AtomicInteger();
    public static volatile String lastChangesAuthorization;

    private TownRegistryContract() {
    }

    /** Answers the request when it is a town lookup and says so; false for any other path (not answered). */
    public static boolean answer(HttpServerRequest req) {
        if (isChanges(req)) {
            changes(req);
            return true;
        }
        if (!req.path().startsWith(PATH)) {
            return false;
        }
        requests.incrementAndGet();
        lastAuthorization = req.getHeader("Authorization");
        switch (outage) {
            case SILENT -> {
                return true; // never answered
            }
            case HANG_UP -> {
                req.connection().close();
                return true;
            }
            case SERVER_ERROR -> {
                req.response().setStatusCode(500).end();
                return true;
            }
            case UNAVAILABLE -> {
                req.response().setStatusCode(503).putHeader("Retry-After", "5").end();
                return true;
            }
            case NONE -> {
                // answered below
            }
        }
        String code = req.path().substring(PATH.length());
        if (!code.matches("[0-9]{9}")) {
            req.response().setStatusCode(500).end("not in the contract: a lookup of '" + code + "'");
            return true;
        }
        JsonNode response = (code.equals(UNKNOWN) ? NOT_RECORDED : RECORDED).get("response");
        JsonNode body = response.get("body").deepCopy();
        if (response.get("status").asInt() == 200) {
            ((ObjectNode) body).put("code", code);
        }
        var res = req.response().setStatusCode(response.get("status").asInt());
        response.get("headers").properties().forEach(h -> res.putHeader(h.getKey(), h.getValue().asText()));
        res.end(body.toString());
        return true;
    }

    /** Whether the request reads the registry's changes (not a lookup). */
    public static boolean isChanges(HttpServerRequest req) {
        return req.path().equals(CHANGES_PATH);
    }

    private static void changes(HttpServerRequest req) {
        changeRequests.incrementAndGet();
        lastChangesAuthorization = req.getHeader("Authorization");
        String after = req.getParam("after");
        ASKED.addLast(after == null || after.isEmpty() ? FROM_START : after);
        while (ASKED.size() > ASKED_KEPT) {
            ASKED.pollFirst();
        }
        switch (outage) {
            case SILENT -> {
                return; // never answered
            }
            case HANG_UP -> {
                req.connection().close();
                return;
            }
            case SERVER_ERROR -> {
                req.response().setStatusCode(500).end();
                return;
            }
            case UNAVAILABLE -> {
                req.response().setStatusCode(503).putHeader("Retry-After", "5").end();
                return;
            }
            case NONE -> {
                // answered below
            }
        }
        List<RegisteredTown> feed = List.copyOf(FEED);
        int from = after == null || after.isEmpty() ? 0 : place(after);
        if (from < 0 || from > feed.size()) {
            respond(req, BAD_CURSOR.get("response"), BAD_CURSOR.at("/response/body").deepCopy());
            return;
        }
        int limit = 200;
        try {
            limit = Math.max(1, Math.min(500, Integer.parseInt(req.getParam("limit", "200"))));
        } catch (NumberFormatException e) {
            // the recorded default
        }
        int to = Math.min(feed.size(), from + limit);
        ObjectNode body = (ObjectNode) CHANGES.at("/response/body").deepCopy();
        ArrayNode towns = body.putArray("towns");
        for (RegisteredTown t : feed.subList(from, to)) {
            towns.addObject().put("code", t.code()).put("name", t.name());
        }
        body.put("cursor", cursorAt(to)).put("more", to < feed.size());
        respond(req, CHANGES.get("response"), body);
    }

    private static void respond(HttpServerRequest req, JsonNode response, JsonNode body) {
        var res = req.response().setStatusCode(response.get("status").asInt());
        response.get("headers").properties().forEach(h -> res.putHeader(h.getKey(), h.getValue().asText()));
        res.end(body.toString());
    }

    private static int place(String cursor) {
        Matcher m = CURSOR.matcher(cursor);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The cursor after the first {@code n} changes of the feed (0: before the first). */
    public static String cursorAt(int n) {
        return "changes-" + n;
    }

    /** personnel-service records a town (or renames one): the feed's next change. */
    public static void publish(String code, String name) {
        FEED.add(new RegisteredTown(code, name));
    }

    /** The feed's changes so far, oldest first. */
    public static List<RegisteredTown> changes() {
        return List.copyOf(FEED);
    }

    /** How many changes the feed has: {@code cursorAt(changeCount())} is the cursor of its end. */
    public static int changeCount() {
        return FEED.size();
    }

    /** The cursors the changes were asked after, oldest first (the last thousand), {@link #FROM_START} for none. */
    public static List<String> changesAsked() {
        return new ArrayList<>(ASKED);
    }

    /** Forgets the cursors asked after so far. */
    public static void clearChangesAsked() {
        ASKED.clear();
    }

    private static List<RegisteredTown> recordedChanges() {
        List<RegisteredTown> out = new ArrayList<>();
        for (JsonNode t : CHANGES.at("/response/body/towns")) {
            out.add(new RegisteredTown(t.get("code").asText(), t.get("name").asText()));
        }
        return List.copyOf(out);
    }

    /** Back to answering as recorded, counters cleared (the feed of changes stays as it is: it only grows). */
    public static void reset() {
        outage = Outage.NONE;
        requests.set(0);
        lastAuthorization = null;
        changeRequests.set(0);
        lastChangesAuthorization = null;
    }

    private static String code(JsonNode interaction) {
        String path = interaction.at("/request/path").asText();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public static JsonNode contract() {
        return contract("personnel-public-towns.json");
    }

    /** A recorded contract of {@code contracts/}, found from the module's folder or above. */
    public static JsonNode contract(String file) {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && p != null; i++, p = p.getParent()) {
            Path candidate = p.resolve("contracts/" + file);
            if (Files.isRegularFile(candidate)) {
                try {
                    return new ObjectMapper().readTree(candidate.toFile());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("contracts/" + file + " not found");
    }
}
