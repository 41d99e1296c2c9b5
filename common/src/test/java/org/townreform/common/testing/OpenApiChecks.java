package org.townreform.common.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks of a service's own OpenAPI document ({@code /q/openapi}) that every service makes the same way. */
public final class OpenApiChecks {
    private OpenApiChecks() {
    }

    /**
     * The POST operations whose parameters do not include the {@code Idempotency-Key} header (SPEC §1: every write an
     * integration may resend takes one). Empty when all do.
     */
    @SuppressWarnings("unchecked")
    public static List<String> postsWithoutIdempotencyKey() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, item) -> {
            Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) item).get("post");
            if (post == null) {
                return;
            }
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) post.getOrDefault("parameters",
                    List.of());
            boolean documented = parameters.stream()
                    .anyMatch(p -> "Idempotency-Key".equals(p.get("name")) && "header".equals(p.get("in")));
            if (!documented) {
                missing.add("POST " + path);
            }
        });
        return missing;
    }

    /**
     * The service's OpenAPI document is the committed contract {@code contracts/openapi/<service>.yaml}, which the
     * generated clients, the lint (deploy/local/lint-openapi.sh) and integrators read. Run the service's
     * {@code OpenApiContractTest} with {@code -Dcontract.snapshot.update=true} to rewrite it from the running service.
     */
    public static void isTheCommittedContract(String service) {
        String yaml = given().get("/q/openapi").then().statusCode(200).extract().asString();
        Snapshot.matches("contracts/openapi/" + service + ".yaml", "contract.snapshot.update",
                "the service's OpenApiContractTest", yaml);
    }

    /**
     * Every operation of the service's document shows examples that are right: its request body (when it takes one),
     * its 2xx JSON answers and its problem answers each have an example, and each example validates against its schema
     * (JSON Schema 2020-12, {@link ContractExamples}). Fails listing every example missing or wrong.
     */
    public static void examplesAreValid() {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        ContractExamples.Result result;
        try {
            result = ContractExamples.check(new ObjectMapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new AssertionError("/q/openapi?format=json is not JSON", e);
        }
        if (!result.problems().isEmpty()) {
            throw new AssertionError(result.problems().size() + " examples missing or wrong in /q/openapi:\n  "
                    + String.join("\n  ", result.problems()));
        }
        if (result.checked() < postCount()) {
            throw new AssertionError("only " + result.checked() + " examples checked: is the document empty?");
        }
    }

    /** How many POST operations the document has (so a check over them cannot pass on an empty document). */
    @SuppressWarnings("unchecked")
    public static long postCount() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        return paths.values().stream().filter(item -> ((Map<String, Object>) item).containsKey("post")).count();
    }
}
