package org.townreform.gateway.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.townreform.gateway.Subgraphs;
import org.townreform.gateway.plan.Plan;
import org.townreform.gateway.plan.Planner;
import org.townreform.gateway.plan.PlannerTest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.parser.Parser;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;

/** The executor against canned subgraph answers: batching, merging, partial results, error paths, nullability. */
class ExecutorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Planner planner = new Planner(Subgraphs.SUPERGRAPH);
    private final Executor executor = new Executor(JSON);
    private final List<Map<String, Object>> sent = new ArrayList<>();
    private final List<String> sentTo = new ArrayList<>();

    /** Answers per subgraph, computed from the request (query and variables). */
    private Downstream downstream(Map<String, Function<Map<String, Object>, Object>> answers) {
        return (subgraph, body, caller) -> {
            Map<String, Object> request = read(body.toString());
            sent.add(request);
            sentTo.add(subgraph);
            Object answer = answers.get(subgraph).apply(request);
            if (answer instanceof DownstreamFailure failure) {
                return Future.failedFuture(failure);
            }
            try {
                return Future.succeededFuture(Buffer.buffer(JSON.writeValueAsBytes(answer)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> codes(int n) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(String.valueOf(441900100 + i));
        }
        return codes;
    }

    private static Map<String, Object> personnelDashboard(List<String> codes) {
        List<Object> towns = new ArrayList<>();
        for (String code : codes) {
            towns.add(Map.of("code", code, "name", "T" + code, "personnel", Map.of("asOf", "2025-06-30"), "_gwk_code", code));
        }
        return Map.of("data", Map.of("countyDashboard", Map.of("year", 2025, "towns", towns)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> representations(Map<String, Object> request) {
        return (List<Map<String, Object>>) ((Map<String, Object>) request.get("variables"))
                .get(Planner.REPRESENTATIONS);
    }

    private static Map<String, Object> entities(Map<String, Object> request, Function<Map<String, Object>, Object> each) {
        List<Object> list = new ArrayList<>();
        for (Map<String, Object> representation : representations(request)) {
            list.add(each.apply(representation));
        }
        return Map.of("data", Map.of("_entities", list));
    }

    private Map<String, Object> run(String query, Map<String, Object> variables,
            Map<String, Function<Map<String, Object>, Object>> answers) {
        Plan plan = planner.plan(Parser.parse(query), null, Map.of());
        return executor
                .execute(plan, variables, new Downstream.Caller("Bearer x", "r", io.opentelemetry.context.Context.root()),
                        downstream(answers))
                .result();
    }

    private Map<String, Function<Map<String, Object>, Object>> dashboardAnswers(List<String> codes) {
        Map<String, Function<Map<String, Object>, Object>> answers = new LinkedHashMap<>();
        answers.put("personnel", request -> personnelDashboard(codes));
        answers.put("fiscal", request -> entities(request, r -> Map.of("fiscal", Map.of("year", 2025))));
        answers.put("license", request -> entities(request, r -> Map.of("licensing", Map.of("asOf", "2025-06-30"))));
        return answers;
    }

    @Test
    void oneTownAndFiftyTownsMakeTheSameThreeRequests() {
        for (int n : new int[]{1, 50}) {
            sent.clear();
            sentTo.clear();
            Map<String, Object> answer = run(PlannerTest.DASHBOARD, Map.of("year", 2025), dashboardAnswers(codes(n)));

            assertThat(answer).doesNotContainKey("errors");
            assertThat(sentTo).containsExactlyInAnyOrder("personnel", "fiscal", "license");
            assertThat(representations(sent.get(1))).hasSize(n);
            List<?> towns = (List<?>) ((Map<?, ?>) ((Map<?, ?>) answer.get("data")).get("countyDashboard")).get("towns");
            assertThat(towns).hasSize(n);
            assertThat(map(towns.get(n - 1))).containsOnlyKeys("code", "name", "personnel", "fiscal", "licensing")
                    .containsEntry("fiscal", Map.of("year", 2025));
        }
        // The client's variables reach the subgraph whose fields use them, and only those.
        assertThat(map(sent.get(1).get("variables"))).containsEntry("year", 2025);
        assertThat(map(sent.get(2).get("variables"))).doesNotContainKey("year");
    }

    @Test
    void aFailedSubgraphNullsItsFieldsWithOneErrorPerPathAndKeepsTheRest() {
        Map<String, Function<Map<String, Object>, Object>> answers = dashboardAnswers(codes(2));
        answers.put("fiscal", request -> new DownstreamFailure(DownstreamFailure.TIMEOUT, "slow"));

        Map<String, Object> answer = run(PlannerTest.DASHBOARD, Map.of("year", 2025), answers);

        assertThat((List<?>) answer.get("errors")).hasSize(2).allSatisfy(error -> {
            assertThat(((Map<?, ?>) error).get("extensions"))
                    .isEqualTo(Map.of("code", "TIMEOUT", "status", 504, "service", "fiscal"));
        });
        assertThat(((Map<?, ?>) ((List<?>) answer.get("errors")).get(1)).get("path"))
                .isEqualTo(List.of("countyDashboard", "towns", 1, "fiscal"));
        Map<String, Object> town = map(((List<?>) map(map(answer.get("data")).get("countyDashboard"))
                .get("towns")).get(1));
        assertThat(town.get("fiscal")).isNull();
        assertThat(town.get("licensing")).isEqualTo(Map.of("asOf", "2025-06-30"));
        assertThat(town.get("name")).isEqualTo("T441900101");
    }

    @Test
    void downstreamErrorsAreRebasedOntoTheClientsPathWithTheirCode() {
        Map<String, Function<Map<String, Object>, Object>> answers = dashboardAnswers(codes(3));
        answers.put("license", request -> Map.of("data", Map.of("_entities", List.of(
                Map.of("licensing", Map.of("asOf", "2025-06-30")), Map.of(), Map.of("licensing", Map.of("asOf", "x")))),
                "errors", List.of(Map.of("message", "not yours", "path", List.of("_entities", 1, "licensing"),
                        "extensions", Map.of("code", "FORBIDDEN")))));

        Map<String, Object> answer = run(PlannerTest.DASHBOARD, Map.of("year", 2025), answers);

        Map<?, ?> error = (Map<?, ?>) ((List<?>) answer.get("errors")).get(0);
        assertThat(error.get("path")).isEqualTo(List.of("countyDashboard", "towns", 1, "licensing"));
        assertThat(error.get("extensions")).isEqualTo(Map.of("code", "FORBIDDEN", "service", "license"));
    }

    @Test
    void aRootFailureNullsTheRootFieldAndOtherRootsStay() {
        Map<String, Function<Map<String, Object>, Object>> answers = new LinkedHashMap<>();
        answers.put("personnel", request -> new DownstreamFailure(DownstreamFailure.SERVICE_UNAVAILABLE, "down"));
        answers.put("fiscal", request -> Map.of("data", Map.of("fiscalYearViews", List.of(Map.of("year", 2025)))));

        Map<String, Object> answer = run("{ towns { totalCount } fiscalYearViews(townCodes: [\"1\"], year: 2025) { year } }",
                Map.of(), answers);

        assertThat(answer.get("data")).isEqualTo(mapOf("towns", null, "fiscalYearViews", List.of(Map.of("year", 2025))));
        Map<?, ?> error = (Map<?, ?>) ((List<?>) answer.get("errors")).get(0);
        assertThat(error.get("path")).isEqualTo(List.of("towns"));
        assertThat(error.get("extensions"))
                .isEqualTo(Map.of("code", "SERVICE_UNAVAILABLE", "status", 503, "service", "personnel"));
    }

    @Test
    void aNullInANonNullFieldNullsTheNearestNullableParent() {
        Map<String, Function<Map<String, Object>, Object>> answers = new LinkedHashMap<>();
        answers.put("license", request -> Map.of("data", Map.of("application", Map.of("decision",
                Map.of("reviewer", Map.of("_gwk_id", "7"))))));
        // The person is out of the caller's scope: _entities answers null.
        answers.put("personnel", request -> Map.of("data", Map.of("_entities", java.util.Arrays.asList((Object) null))));

        Map<String, Object> answer = run("{ application(id: \"1\") { decision { reviewer { name residentIdMasked } } } }",
                Map.of(), answers);

        assertThat(answer.get("data")).isEqualTo(
                Map.of("application", Map.of("decision", mapOf("reviewer", null))));
        Map<?, ?> error = (Map<?, ?>) ((List<?>) answer.get("errors")).get(0);
        assertThat(error.get("path")).isEqualTo(List.of("application", "decision", "reviewer", "residentIdMasked"));
    }

    @Test
    void typenameIsAnsweredByTheGatewayAndAddedKeysAreDropped() {
        Map<String, Function<Map<String, Object>, Object>> answers = new LinkedHashMap<>();
        answers.put("personnel", request -> Map.of("data", Map.of("town", Map.of("name", "石龙镇", "_gwk_code", "441900113"))));
        answers.put("fiscal", request -> entities(request, r -> Map.of("fiscal", Map.of("year", 2025))));

        Map<String, Object> answer = run(
                "{ __typename town(code: \"441900113\") { __typename fiscal(year: 2025) { year } name } }",
                Map.of(), answers);

        assertThat(JSON.valueToTree(answer.get("data")).toString()).isEqualTo(
                "{\"__typename\":\"Query\",\"town\":{\"__typename\":\"Town\",\"fiscal\":{\"year\":2025},\"name\":\"石龙镇\"}}");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
