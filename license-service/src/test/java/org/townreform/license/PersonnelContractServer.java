package org.townreform.license;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.townreform.common.testing.LoopbackServer;
import org.townreform.common.testing.TownRegistryContract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A real HTTP server on a random port answering personnel-service's certificate check with the answers recorded in
 * {@code contracts/personnel-certificates-valid.json} (never hand-made bodies). Which recorded answer a request gets
 * depends on the person id asked: {@link #CERTIFIED} the valid one, {@link #NOT_CERTIFIED} the expired one,
 * {@link #UNKNOWN} the 404; {@link #SILENT} gets no answer at all (the server holds the request), {@link #HANG_UP} has its
 * connection closed. The last request's Authorization header is kept so tests can see the token was forwarded.
 * {@link #outage} makes every request fail the same way (an outage of the whole service); {@link #requests} counts
 * the requests that arrived (but the reads of the registry's changes, which the town registry copy makes on its own
 * clock). Town lookups and the registry's changes ({@code /api/v1/public/towns/...}) are answered from the registry's
 * recorded contracts by common's {@link TownRegistryContract} (its own {@code outage} fails them alone).
 */
public class PersonnelContractServer implements QuarkusTestResourceLifecycleManager {
    public static final long CERTIFIED = 1001;
    public static final long NOT_CERTIFIED = 1002;
    public static final long UNKNOWN = 1003;
    public static final long SILENT = 1004;
    public static final long HANG_UP = 1005;

    /** How personnel-service fails as a whole: NONE answers by person id as above. */
    public enum Outage {
        NONE, SILENT, HANG_UP, SERVER_ERROR
    }

    public static volatile Outage outage = Outage.NONE;
    public static final AtomicInteger requests = new AtomicInteger();
    public static volatile String lastAuthorization;
    public static volatile String lastQuery;

    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        JsonNode contract = contract();
        JsonNode interactions = contract.get("interactions");
        vertx = Vertx.vertx();
        server = LoopbackServer.start(vertx, req -> {
            if (!TownRegistryContract.isChanges(req)) {
                // the town registry copy reads the changes on its own clock: not counted with the calls tests make
                requests.incrementAndGet();
            }
            switch (outage) {
                case SILENT -> {
                    return;
                }
                case HANG_UP -> {
                    req.connection().close();
                    return;
                }
                case SERVER_ERROR -> {
                    req.response().setStatusCode(500).end();
                    return;
                }
                case NONE -> {
                    // answer below
                }
            }
            if (TownRegistryContract.answer(req)) {
                return;
            }
            String path = req.path();
            String prefix = "/api/v1/people/";
            if (!path.startsWith(prefix) || !path.endsWith("/certificates/valid")) {
                req.response().setStatusCode(404).end();
                return;
            }
            lastAuthorization = req.getHeader("Authorization");
            lastQuery = req.query();
            long person = Long.parseLong(path.substring(prefix.length(), path.indexOf('/', prefix.length())));
            int index;
            if (person == CERTIFIED) {
                index = 0;
            } else if (person == NOT_CERTIFIED) {
                index = 1;
            } else if (person == UNKNOWN) {
                index = 2;
            } else if (person == SILENT) {
                return; // never answers
            } else if (person == HANG_UP) {
                req.connection().close();
                return;
            } else {
                index = 2;
            }
            JsonNode response = interactions.get(index).get("response");
            JsonNode body = fill(response.get("body").deepCopy(), person, req.getParam("date"));
            var res = req.response().setStatusCode(response.get("status").asInt());
            response.get("headers").properties().forEach(h -> res.putHeader(h.getKey(), h.getValue().asText()));
            res.end(body.toString());
        });
        return Map.of("quarkus.rest-client.personnel.url", LoopbackServer.url(server));
    }

    /** Replaces the contract's "<number>" placeholders: personId by the id asked, other numbers by 1. */
    private static JsonNode fill(JsonNode node, long person, String date) {
        if (node instanceof ObjectNode o) {
            var names = new java.util.ArrayList<String>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v.isTextual() && v.asText().equals("<number>")) {
                    o.put(name, name.equals("personId") ? person : 1L);
                } else {
                    fill(v, person, date);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(child -> fill(child, person, date));
        }
        return node;
    }

    public static JsonNode contract() {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && p != null; i++, p = p.getParent()) {
            Path candidate = p.resolve("contracts/personnel-certificates-valid.json");
            if (Files.isRegularFile(candidate)) {
                try {
                    return new ObjectMapper().readTree(candidate.toFile());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("contracts/personnel-certificates-valid.json not found");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
        if (vertx != null) {
            vertx.close();
        }
    }
}
