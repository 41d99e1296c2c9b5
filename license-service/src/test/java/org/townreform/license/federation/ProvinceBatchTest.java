package org.townreform.license.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.townreform.license.Fixtures.as;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.graphql.TownEntities;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The gateway asks about every town of a dashboard in one batch: a province of 1,000 towns answers (not only 500). */
@QuarkusTest
class ProvinceBatchTest {

    @Test
    void aThousandTownEntitiesBatchAnswersEveryTown() {
        JsonPath answer = as("supervisor")
                .body(Map.of("query", TownEntities.query(1_000, "code licensing { overdueCases averageRating }")))
                .post("/graphql").then()
                .statusCode(200).extract().jsonPath();
        assertThat(answer.getList("errors")).as("errors").isNull();
        assertThat(answer.getList("data._entities.licensing")).hasSize(1_000).doesNotContainNull();
    }
}
