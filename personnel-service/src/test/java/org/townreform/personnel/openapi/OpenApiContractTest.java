package org.townreform.personnel.openapi;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.OpenApiChecks;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The document personnel-service serves at /q/openapi is the committed contract (contracts/openapi/personnel-service.yaml) that
 * the generated client of the tests, the lint and integrators use.
 */
@QuarkusTest
class OpenApiContractTest {
    @Test
    void servesTheCommittedContract() {
        OpenApiChecks.isTheCommittedContract("personnel-service");
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
