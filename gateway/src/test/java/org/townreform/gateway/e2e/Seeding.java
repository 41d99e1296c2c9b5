package org.townreform.gateway.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.townreform.gateway.e2e.E2eServices.Service;

/**
 * Brings the towns to {@link E2eServices#TOWNS}: the three demo towns plus 47 recorded through personnel-service's REST
 * API ({@code POST /api/v1/towns}, county-org), codes {@code 441900901}..{@code 441900947}. Idempotent: each write
 * carries an {@code Idempotency-Key}, and a town already recorded (409) is left as it is. fiscal-service and
 * license-service need no data for a town: they answer zero figures for a town they have no records of.
 */
final class Seeding {
    private Seeding() {
    }

    /**
     * Runs the queries the tests make, directly against each service, a few times: the first requests after a start
     * load classes and prepare statements, and on a busy 2-core machine they can take longer than the gateway's 2 s call
     * timeout. The tests measure the gateway, not a cold service.
     */
    static void warmUp(Service s) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = DevTokens.county("supervisor");
        List<String> towns = new ArrayList<>(List.of("441900113", "520323104", "341824102"));
        for (int i = 1; i <= E2eServices.TOWNS - 3; i++) {
            towns.add(E2eServices.SEEDED_PREFIX + String.format("%02d", i));
        }
        String codes = towns.stream().map(c -> '"' + c + '"').collect(Collectors.joining(", "));
        String entities = "_entities(representations: ["
                + towns.stream().map(c -> "{__typename: \"Town\", code: \"" + c + "\"}").collect(Collectors.joining(", "))
                + "])";
        List<String> queries = switch (s) {
            case PERSONNEL -> List.of("{ countyDashboard(year: 2025) { towns { code name personnel { units staffing {"
                    + " total { quota } } } } } }", "{ towns(first: 50) { totalCount edges { cursor node { code } } } }",
                    "{ personnelSummaries(townCodes: [" + codes + "]) { rotationDue } }");
            case FISCAL -> List.of("{ fiscalYearViews(townCodes: [" + codes + "], year: 2025) { revenue returns } }",
                    "{ " + entities + " { ... on Town { fiscal(year: 2025) { revenue overdue } } } }");
            case LICENSE -> List.of("{ licensingViews(townCodes: [" + codes + "]) { overdueCases averageRating } }",
                    "{ " + entities + " { ... on Town { licensing { overdueCases } } } }");
        };
        for (int round = 0; round < 3; round++) {
            for (String query : queries) {
                String body = "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
                HttpRequest request = HttpRequest.newBuilder(URI.create(s.graphqlUrl())).timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                        throw new IllegalStateException("warming " + s.module() + " up: " + response.body());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("warming " + s.module() + " up", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    static void seedTowns() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = DevTokens.county("county-org");
        for (int i = 1; i <= E2eServices.TOWNS - 3; i++) {
            String code = E2eServices.SEEDED_PREFIX + String.format("%02d", i);
            String body = """
                    {"code":"%s","name":"E2E town %02d","county":"东莞市","category":"ORDINARY_TOWN","pilot":false,\
                    "leadershipPosts":9}""".formatted(code, i);
            HttpRequest request = HttpRequest.newBuilder(URI.create(Service.PERSONNEL.baseUrl() + "/api/v1/towns"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "e2e-town-" + code)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status != 200 && status != 201 && status != 409) {
                    throw new IllegalStateException("seeding town " + code + ": HTTP " + status + " " + response.body());
                }
            } catch (IOException e) {
                throw new IllegalStateException("seeding town " + code, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
