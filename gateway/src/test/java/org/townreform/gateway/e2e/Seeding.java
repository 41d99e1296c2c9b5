package org.townreform.gateway.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

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
