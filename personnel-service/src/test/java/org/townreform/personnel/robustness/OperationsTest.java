package org.townreform.personnel.robustness;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void theOpenApiDocumentListsTheSpecPaths() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/towns/{code}/staffing"))
                .body(containsString("/api/v1/people/{id}/certificates/valid"))
                .body(containsString("/api/v1/appointments/{id}/make-effective"))
                .body(containsString("/api/v1/units/{id}/merge"))
                .body(containsString("/api/v1/towns/{code}/rotation-due"))
                .body(containsString("/api/v1/units/{id}/assessments"));
    }

    @Test
    void healthAnswers() {
        given().get("/q/health").then().statusCode(200);
    }
}
