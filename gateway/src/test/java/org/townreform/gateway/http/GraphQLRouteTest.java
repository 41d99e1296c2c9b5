package org.townreform.gateway.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.townreform.gateway.e2e.DevTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The gateway's HTTP behaviour over {@link FakeSubgraphs}: authentication, refusals, timeouts into partial answers,
 * coalescing, headers passed on, circuit breaker (with its readiness probe) and metrics.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeSubgraphs.class, restrictToAnnotatedClass = true)
class GraphQLRouteTest {
    private static final String DASHBOARD = "query($y:Int!){countyDashboard(year:$y){towns{code name fiscal(year:$y){year}}}}";
    private static final String TOKEN = DevTokens.county("supervisor");
    private static final Pattern SHARED = Pattern.compile("gateway_requests_shared_total(?:\\{[^}]*})? (\\S+)( .*)?"); // value, then optional timestamp or exemplar

    @AfterEach
    void reset() {
        FakeSubgraphs.personnelDelay.set(0);
        FakeSubgraphs.fiscalDelay.set(0);
        FakeSubgraphs.readiness.clear();
    }

    private static Response post(String token, String query) {
        var request = given().contentType("application/json").body(Map.of("query", query, "variables", Map.of("y", 2025)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql");
    }

    @Test
    void theDashboardJoinsTheSubgraphsInTwoRequests() {
        long personnel = FakeSubgraphs.count("personnel");
        long fiscal = FakeSubgraphs.count("fiscal");
        post(TOKEN, DASHBOARD).then().statusCode(200)
                .body("errors", nullValue())
                .body("data.countyDashboard.towns", hasSize(2))
                .body("data.countyDashboard.towns[1].name", equalTo("蒲场镇"))
                .body("data.countyDashboard.towns[1].fiscal.year", equalTo(2025))
                .body("data.countyDashboard.towns[1]._gwk_code", nullValue());
        assertThat(FakeSubgraphs.count("personnel") - personnel).isEqualTo(1);
        assertThat(FakeSubgraphs.count("fiscal") - fiscal).isEqualTo(1);
    }

    @Test
    void withoutAValidTokenTheAnswerIs401AndNoSubgraphIsAsked() {
        int before = FakeSubgraphs.received.size();
        post(null, DASHBOARD).then().statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        post("not.a.token", DASHBOARD).then().statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertThat(FakeSubgraphs.received).hasSize(before);
    }

    @Test
    void malformedAndOversizedRequestsAreRefusedWithCodes() {
        given().header("Authorization", "Bearer " + TOKEN).contentType("application/json").body("{\"query\":")
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().header("Authorization", "Bearer " + TOKEN).contentType("application/json").body("[1,2]")
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        post(TOKEN, "{ towns { edges { node { personnel { asOf } } } } }").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        post(TOKEN, "{ nothing }").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        post(TOKEN, "{ towns { ").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        given().header("Authorization", "Bearer " + TOKEN).queryParam("query", "{ __schema { queryType { name } } }")
                .get("/graphql").then().statusCode(200).body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void aSlowSubgraphTimesOutIntoAPartialAnswerWithinTheTimeout() {
        FakeSubgraphs.fiscalDelay.set(5_000);
        long start = System.nanoTime();
        post(TOKEN, DASHBOARD).then().statusCode(200)
                .body("data.countyDashboard.towns[0].name", equalTo("石龙镇"))
                .body("data.countyDashboard.towns[0].fiscal", nullValue())
                .body("errors", hasSize(2))
                .body("errors[1].path", equalTo(List.of("countyDashboard", "towns", 1, "fiscal")))
                .body("errors[1].extensions.code", equalTo("TIMEOUT"))
                .body("errors[1].extensions.service", equalTo("fiscal"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(4_000);
    }

    @Test
    void identicalRequestsInFlightShareOneDownstreamCall() throws Exception {
        FakeSubgraphs.personnelDelay.set(800);
        long personnel = FakeSubgraphs.count("personnel");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> post(TOKEN, DASHBOARD), pool));
            }
            for (CompletableFuture<Response> answer : answers) {
                answer.get().then().statusCode(200).body("data.countyDashboard.towns", hasSize(2));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(FakeSubgraphs.count("personnel") - personnel).isLessThanOrEqualTo(2);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("gateway_downstream_coalesced_total{service=\"personnel\"}"));
    }

    @Test
    void identicalQueriesOfOneCallerShareOneExecutionButNeverAcrossCallers() throws Exception {
        FakeSubgraphs.personnelDelay.set(800);
        double sharedBefore = sharedAnswers();
        long personnel = FakeSubgraphs.count("personnel");
        String other = DevTokens.county("county-leader");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Response>> answers = new ArrayList<>();
            for (String token : List.of(TOKEN, TOKEN, TOKEN, other)) {
                answers.add(CompletableFuture.supplyAsync(() -> post(token, DASHBOARD), pool));
            }
            for (CompletableFuture<Response> answer : answers) {
                answer.get().then().statusCode(200).body("errors", nullValue())
                        .body("data.countyDashboard.towns[1].name", equalTo("蒲场镇"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(FakeSubgraphs.count("personnel") - personnel).as("one call per caller").isEqualTo(2);
        assertThat(sharedAnswers() - sharedBefore).isEqualTo(2.0);
    }

    private static double sharedAnswers() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().map(SHARED::matcher).filter(Matcher::matches)
                .mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
    }

    @Test
    void theCallersHeadersArePassedOn() {
        given().header("Authorization", "Bearer " + TOKEN).header("X-Request-Id", "req-42").contentType("application/json")
                .body(Map.of("query", "{ countyDashboard(year: 2024) { year } }")).post("/graphql").then().statusCode(200)
                .header("X-Request-Id", equalTo("req-42"));
        Map<String, String> last = FakeSubgraphs.received.get(FakeSubgraphs.received.size() - 1);
        assertThat(last.get("authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(last.get("x-request-id")).isEqualTo("req-42");
        assertThat(last.get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void aFailingSubgraphOpensItsBreakerAndTheMetricsSayIt() {
        String query = "{ countyDashboard(year: 2023) { towns { licensing { asOf } } } }";
        for (int i = 0; i < 3; i++) {
            post(TOKEN, query).then().statusCode(200).body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));
        }
        long license = FakeSubgraphs.count("license");
        post(TOKEN, query).then().statusCode(200)
                .body("data.countyDashboard.towns[0].licensing", nullValue())
                .body("errors[0].path", equalTo(List.of("countyDashboard", "towns", 0, "licensing")))
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                .body("errors[0].extensions.service", equalTo("license"))
                .body("data.countyDashboard.towns[0]", notNullValue());
        assertThat(FakeSubgraphs.count("license")).as("no call while the breaker is open").isEqualTo(license);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("gateway_downstream_requests_total{outcome=\"circuit_open\",service=\"license\"}")
                .contains("gateway_downstream_requests_total{outcome=\"success\",service=\"personnel\"}")
                .contains("gateway_downstream_latency_seconds_count{service=\"personnel\"}");
    }

    @Test
    void anOpenBreakerSendsNoCallWhileTheServiceSaysDownAndATrialAsSoonAsItSaysReady() throws InterruptedException {
        String query = "{ countyDashboard(year: 2022) { towns { licensing { asOf } } } }";
        for (int i = 0; i < 3; i++) {
            post(TOKEN, query).then().statusCode(200).body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));
        }
        long probes = FakeSubgraphs.probes("license");
        long license = FakeSubgraphs.count("license");
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (FakeSubgraphs.probes("license") < probes + 3 && System.nanoTime() < deadline) {
            post(TOKEN, query).then().statusCode(200).body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"));
            Thread.sleep(20);
        }
        assertThat(FakeSubgraphs.probes("license")).as("the open breaker probes readiness").isGreaterThan(probes + 2);
        assertThat(FakeSubgraphs.count("license")).as("no call while the service says it is not ready")
                .isEqualTo(license);

        FakeSubgraphs.readiness.put("license", 200);
        long ready = System.nanoTime();
        while (FakeSubgraphs.count("license") == license && System.nanoTime() - ready < 2_000_000_000L) {
            post(TOKEN, query).then().statusCode(200);
            Thread.sleep(20);
        }
        long millis = (System.nanoTime() - ready) / 1_000_000;
        assertThat(FakeSubgraphs.count("license")).as("a trial call once the service says it is ready")
                .isGreaterThan(license);
        assertThat(millis).as("within a few probe intervals of readiness (open period: 60 s)").isLessThan(1_000);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("gateway_downstream_probes_total{readiness=\"down\",service=\"license\"}")
                .contains("gateway_downstream_probes_total{readiness=\"up\",service=\"license\"}");
    }

    @Test
    void aPersistedQueryIsAskedForOnceThenRunsByItsHashAlone() {
        String query = "{ countyDashboard(year: 2025) { towns { code name } } }";
        String hash = PersistedQueries.sha256(query);
        Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
        given().header("Authorization", "Bearer " + TOKEN).contentType("application/json")
                .body(Map.of("extensions", extensions)).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"))
                .body("errors[0].message", equalTo("PersistedQueryNotFound"));
        given().header("Authorization", "Bearer " + TOKEN).contentType("application/json")
                .body(Map.of("query", query, "extensions", extensions)).post("/graphql").then().statusCode(200)
                .body("errors", nullValue()).body("data.countyDashboard.towns", hasSize(2));
        given().header("Authorization", "Bearer " + TOKEN).contentType("application/json")
                .body(Map.of("extensions", extensions)).post("/graphql").then().statusCode(200)
                .body("errors", nullValue()).body("data.countyDashboard.towns[1].name", equalTo("蒲场镇"));
        given().header("Authorization", "Bearer " + TOKEN)
                .queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .get("/graphql").then().statusCode(200).body("data.countyDashboard.towns", hasSize(2));
    }

    @Test
    void aPersistedQueryUnderAnotherQuerysHashIsRefused() {
        String hash = PersistedQueries.sha256("{ countyDashboard(year: 2024) { year } }");
        given().header("Authorization", "Bearer " + TOKEN).contentType("application/json")
                .body(Map.of("query", "{ countyDashboard(year: 2025) { year } }", "extensions",
                        Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))))
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().header("Authorization", "Bearer " + TOKEN).contentType("application/json")
                .body(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", hash))))
                .post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_SUPPORTED"));
    }

    @Test
    void answersAreCompressedForClientsThatAcceptIt() throws Exception {
        given().header("Authorization", "Bearer " + TOKEN).header("Accept-Encoding", "gzip").contentType("application/json")
                .body(Map.of("query", DASHBOARD, "variables", Map.of("y", 2025))).post("/graphql").then().statusCode(200)
                .header("Content-Encoding", "gzip").body("data.countyDashboard.towns", hasSize(2));
        // a client that does not say it accepts compression (java.net.http sends no Accept-Encoding) gets plain JSON
        HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/graphql"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers
                        .ofString("{\"query\":\"{ countyDashboard(year: 2025) { year } }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).contains("\"year\":2025");
    }

    @Test
    void readinessNamesEachSubgraphAndStaysUpWhileOneAnswers() {
        FakeSubgraphs.readiness.put("personnel", 200);
        FakeSubgraphs.readiness.put("fiscal", 503);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'subgraphs' }.data.personnel", equalTo("UP"))
                .body("checks.find { it.name == 'subgraphs' }.data.fiscal", equalTo("DOWN"))
                .body("checks.find { it.name == 'subgraphs' }.data.license", startsWith("DOWN"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
