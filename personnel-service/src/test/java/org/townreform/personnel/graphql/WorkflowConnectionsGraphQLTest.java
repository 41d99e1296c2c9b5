package org.townreform.personnel.graphql;

import static org.townreform.personnel.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.graphql.ConnectionContract;
import org.townreform.personnel.demo.DemoDataTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The growing lists of personnel-service's workflows (appointment cases, written adjustment requests) are Relay cursor
 * connections, paged over the demo data.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemo.class)
class WorkflowConnectionsGraphQLTest {
    /** 石龙镇: six appointment cases in the demo data. */
    private static final String SHILONG = "townCode: \"441900113\"";
    /** 临溪镇: three adjustment requests in the demo data. */
    private static final String LINXI = "townCode: \"341824102\"";

    @Test
    void appointments() {
        ConnectionContract.check(() -> as("supervisor"), "appointments", SHILONG, "id", 6);
    }

    @Test
    void adjustmentRequests() {
        ConnectionContract.check(() -> as("supervisor"), "adjustmentRequests", LINXI, "id", 3);
    }
}
