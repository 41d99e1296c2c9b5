package org.townreform.gateway.e2e;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.townreform.gateway.e2e.E2eServices.Service;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** GraphQL over HTTP for the end-to-end tests: our gateway, the peer, or a service directly. */
public final class Gql {
    private static final RestAssuredConfig EXACT_NUMBERS = RestAssured.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private Gql() {
    }

    /**
     * The gateway under test: ours ({@code /graphql} on the Quarkus test port), or, with
     * {@code -Dtownreform.e2e.target=hive} (or {@code apollo}), a peer gateway (to check the harness and the tests
     * against an off-the-shelf gateway; the tests of our gateway's own error codes and metrics then do not apply).
     */
    public static String gateway() {
        return targetPeer().map(PeerGateway::graphqlUrl)
                .orElseGet(() -> "http://localhost:" + RestAssured.port + "/graphql");
    }

    public static boolean againstPeer() {
        return targetPeer().isPresent();
    }

    private static Optional<PeerGateway> targetPeer() {
        return PeerGateway.named(System.getProperty("townreform.e2e.target", ""));
    }

    public static String service(Service s) {
        return s.graphqlUrl();
    }

    public static RequestSpecification request(String token) {
        RequestSpecification spec = given().config(EXACT_NUMBERS).contentType("application/json")
                .accept("application/json");
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    public static Response post(String url, String token, String query) {
        return post(url, token, query, Map.of());
    }

    public static Response post(String url, String token, String query, Map<String, Object> variables) {
        return post(request(token), url, query, variables);
    }

    public static Response post(RequestSpecification spec, String url, String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return spec.body(body).post(url);
    }

    /** The answer's body, cut to a length that reads well in a failure message. */
    public static String brief(Response response) {
        String body = "HTTP " + response.statusCode() + " " + response.asString();
        return body.length() <= 1500 ? body : body.substring(0, 1500) + "... (" + body.length() + " characters)";
    }

    /** The {@code extensions.code} of every error, in order. */
    public static List<Object> codes(Response response) {
        return response.jsonPath().getList("errors.extensions.code");
    }
}
