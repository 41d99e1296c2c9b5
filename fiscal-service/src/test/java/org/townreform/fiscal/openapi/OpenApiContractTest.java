package org.townreform.fiscal.openapi;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.OpenApiChecks;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The document fiscal-service serves at /q/openapi is the committed contract (contracts/openapi/fiscal-service.yaml) that
 * the generated client of the tests, the lint and integrators use.
 */
@QuarkusTest
class OpenApiContractTest {
    @Test
    void servesTheCommittedContract() {
        OpenApiChecks.isTheCommittedContract("fiscal-service");
    }

    /**
     * Every operation shows a request example (when it takes a body), a success example and its problem examples, each
     * valid against its schema.
     */
    @Test
    void everyOperationShowsExamplesThatFitTheirSchemas() {
        OpenApiChecks.examplesAreValid();
    }
}
