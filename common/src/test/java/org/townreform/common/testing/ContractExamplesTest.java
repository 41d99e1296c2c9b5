package org.townreform.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The check every service's OpenApiContractTest makes of its examples: it passes on right ones and fails on others. */
class ContractExamplesTest {
    private static final String COMPONENTS = """
            "components": {
              "schemas": {
                "Date": {"type": "string", "format": "date"},
                "Money": {"type": "string", "format": "decimal", "pattern": "^-?[0-9]{1,15}(\\\\.[0-9]{1,6})?$"},
                "Grant": {"type": "object", "required": ["year", "amount"], "properties": {
                  "year": {"type": "integer", "format": "int32"}, "amount": {"$ref": "#/components/schemas/Money"},
                  "grantedOn": {"$ref": "#/components/schemas/Date"}}},
                "Problem": {"type": "object", "required": ["status", "code"], "properties": {
                  "status": {"type": "integer"}, "code": {"type": "string"}}}
              },
              "examples": {"Problem404": {"value": {"status": 404, "code": "NOT_FOUND"}}}
            }""";

    private static JsonNode document(String request, String answer, String problem) throws Exception {
        return new ObjectMapper().readTree("""
                {"openapi": "3.1.0", "paths": {"/api/v1/grants/{id}": {"put": {"operationId": "updateGrant",
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Grant"}
                    %s}}},
                  "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Grant"} %s}}},
                    "404": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}
                      %s}}}}}}},
                %s}
                """.formatted(request, answer, problem, COMPONENTS));
    }

    private static final String GRANT = ", \"example\": {\"year\": 2026, \"amount\": \"88000.00\", \"grantedOn\": \"2026-03-02\"}";
    private static final String PROBLEM = ", \"examples\": {\"NOT_FOUND\": {\"$ref\": \"#/components/examples/Problem404\"}}";

    @Test
    void rightExamplesPass() throws Exception {
        ContractExamples.Result result = ContractExamples.check(document(GRANT, GRANT, PROBLEM));
        assertThat(result.problems()).isEmpty();
        assertThat(result.checked()).isEqualTo(3);
    }

    @Test
    void aMissingExampleFails() throws Exception {
        assertThat(ContractExamples.check(document("", GRANT, "")).problems()).containsExactly(
                "PUT /api/v1/grants/{id} (updateGrant) request application/json: no example",
                "PUT /api/v1/grants/{id} (updateGrant) 404 application/problem+json: no example");
    }

    @Test
    void anExampleThatDoesNotFitItsSchemaFails() throws Exception {
        String moneyAsNumber = ", \"example\": {\"year\": 2026, \"amount\": 88000.0}";
        String badDate = ", \"example\": {\"year\": 2026, \"amount\": \"88000.00\", \"grantedOn\": \"2026-02-30\"}";
        String noYear = ", \"example\": {\"amount\": \"1.00\"}";
        String danglingRef = ", \"examples\": {\"GONE\": {\"$ref\": \"#/components/examples/Problem410\"}}";
        assertThat(ContractExamples.check(document(moneyAsNumber, badDate, danglingRef)).problems())
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("PUT /api/v1/grants/{id} (updateGrant) request application/json:"
                                + " the example does not fit its schema").contains("amount"),
                        p -> assertThat(p).startsWith("PUT /api/v1/grants/{id} (updateGrant) 200 application/json:"
                                + " the example does not fit its schema").contains("grantedOn"),
                        p -> assertThat(p).isEqualTo("PUT /api/v1/grants/{id} (updateGrant) 404 "
                                + "application/problem+json: example GONE refers to nothing"));
        assertThat(ContractExamples.check(document(noYear, GRANT, PROBLEM)).problems()).singleElement()
                .satisfies(p -> assertThat(p).contains("request application/json").contains("year"));
    }
}
