package org.townreform.license.graphql;

import static org.townreform.license.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.graphql.ConnectionContract;
import org.townreform.license.demo.DemoDataTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every list of license-service's schema that grows is a Relay cursor connection, paged over the demo data. */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class ConnectionsGraphQLTest {
    private static final String SHILONG = "townCode: \"441900113\"";

    @Test
    void applications() {
        ConnectionContract.check(() -> as("supervisor"), "townApplications", SHILONG, "id", 3);
    }

    @Test
    void complaints() {
        ConnectionContract.check(() -> as("supervisor"), "townComplaints", SHILONG, "id", 1);
    }

    @Test
    void agreements() {
        ConnectionContract.check(() -> as("supervisor"), "agreements", "", "id", 3);
    }

    @Test
    void catalogueItems() {
        ConnectionContract.check(() -> as("supervisor"), "items", "", "code", 3);
    }
}
