package org.townreform.common.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.http.HttpServerRequest;

/**
 * personnel-service's public registry of towns as {@code contracts/personnel-public-towns.json} records it, for the
 * consumers' contract servers ({@link TownRegistryServer}, license-service's personnel server): a well-formed code gets
 * the recorded answer for a recorded town, with the code asked; {@link #UNKNOWN}, the code the contract records as
 * unknown, gets the recorded 404. Nothing is hand-made: the answers are the recording's. {@link #outage} makes every
 * lookup fail the same way (the registry down); {@link #requests} counts the lookups that arrived and
 * {@link #lastAuthorization} keeps the last one's Authorization header (there should be none).
 */
public final class TownRegistryContract {
    public static final String PATH = "/api/v1/public/towns/";

    /** How the registry fails as a whole: NONE answers as recorded. */
    public enum Outage {
        NONE, SILENT, HANG_UP, SERVER_ERROR
    }

    private static final JsonNode INTERACTIONS = contract().get("interactions");
    private static final JsonNode RECORDED = INTERACTIONS.get(0);
    private static final JsonNode NOT_RECORDED = INTERACTIONS.get(1);

    /** The code no town has (the recorded 404). */
    public static final String UNKNOWN = code(NOT_RECORDED);

    public static volatile Outage outage = Outage.NONE;
    public static final AtomicInteger requests = new AtomicInteger();
    public static volatile String lastAuthorization;

    private TownRegistryContract() {
    }

    /** Answers the request when it is a town lookup and says so; false for any other path (not answered). */
    public static boolean answer(HttpServerRequest req) {
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

    /** Back to answering as recorded, counters cleared. */
    public static void reset() {
        outage = Outage.NONE;
        requests.set(0);
        lastAuthorization = null;
    }

    private static String code(JsonNode interaction) {
        String path = interaction.at("/request/path").asText();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public static JsonNode contract() {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && p != null; i++, p = p.getParent()) {
            Path candidate = p.resolve("contracts/personnel-public-towns.json");
            if (Files.isRegularFile(candidate)) {
                try {
                    return new ObjectMapper().readTree(candidate.toFile());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("contracts/personnel-public-towns.json not found");
    }
}
