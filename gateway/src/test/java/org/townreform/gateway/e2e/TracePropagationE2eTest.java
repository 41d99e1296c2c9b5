package org.townreform.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.gateway.e2e.E2eServices.Service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * One trace spans the gateway and the services: a W3C {@code traceparent} sent to the gateway reaches each service the
 * query needs, whose log lines for that request carry {@code traceId=<the caller's trace id>} (the services log every
 * GraphQL request in the e2e harness, in the log format of common's {@code microprofile-config.properties}).
 */
@QuarkusTest
@TestProfile(E2eProfile.class)
class TracePropagationE2eTest extends E2eTestBase {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void theCallersTraceIdIsInTheLogLinesOfEveryServiceTheQueryReached() {
        String traceId = hex(16);
        String callerSpan = hex(8);

        Response r = Gql.request(supervisor()).header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body(Map.of("query", "query($c: String!, $y: Int!) { town(code: $c) { name fiscal(year: $y) { revenue }"
                        + " licensing { overdueCases } } }", "variables", Map.of("c", SHILONG, "y", YEAR)))
                .post(Gql.gateway());
        r.then().statusCode(200);
        assertThat(r.jsonPath().getList("errors")).as(Gql.brief(r)).isNullOrEmpty();

        for (Service s : Service.values()) {
            List<String> lines = awaitLines(s, "traceId=" + traceId);
            assertThat(lines).as("%s log lines in trace %s (%s)", s.module(), traceId, E2eServices.log(s)).isNotEmpty()
                    .allMatch(l -> l.matches(".*traceId=" + traceId + " spanId=[0-9a-f]{16} .*"), "with a span id");
        }
    }

    @Test
    void requestsWithoutATraceparentGetATraceOfTheirOwn() {
        String marker = "trace-marker-" + hex(6);
        Gql.post(Gql.gateway(), supervisor(), "query($c: String!) { town(code: $c) { name } }", Map.of("c", marker))
                .then().statusCode(200);

        List<String> lines = awaitLines(Service.PERSONNEL, marker);
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches(".*traceId=[0-9a-f]{32} .*"), "a trace id");
    }

    private static List<String> awaitLines(Service s, String text) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<String> found = List.of();
        while (System.nanoTime() < deadline) {
            try {
                found = Files.readAllLines(E2eServices.log(s), StandardCharsets.UTF_8).stream()
                        .filter(l -> l.contains(text)).toList();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (!found.isEmpty()) {
                return found;
            }
            E2eServices.sleep(200);
        }
        return found;
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
