package org.townreform.fiscal.graphql;

import static org.townreform.fiscal.Fixtures.as;
import static org.townreform.fiscal.Fixtures.createPolicy;
import static org.townreform.fiscal.Fixtures.newTownCode;
import static org.townreform.fiscal.Fixtures.policy;
import static org.townreform.fiscal.Fixtures.rule;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.graphql.ConnectionContract;
import org.townreform.fiscal.demo.DemoDataTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every list of fiscal-service's schema that grows is a Relay cursor connection, paged over the demo data. */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class ConnectionsGraphQLTest {
    private static final String PUCHANG = "townCode: \"520323104\"";

    @Test
    void revenueEntries() {
        // 蒲场镇's 2026 new-enterprise tax: an entry a month January to October, one enterprise's in March and its
        // reversal in July
        ConnectionContract.check(() -> as("supervisor"), "revenueEntries",
                PUCHANG + ", year: 2026, category: TAX_NEW_ENTERPRISE", "id", 12);
    }

    /** 蒲场镇's transfers for 2025's periods. */
    @Test
    void disbursements() {
        ConnectionContract.check(() -> as("supervisor"), "disbursements", PUCHANG + ", year: 2025", "id", 14);
    }

    /** The demo towns have one or two policy versions each, too few to page twice: a town of three versions. */
    @Test
    void policies() {
        String town = newTownCode();
        createPolicy(town, policy("2012-01-01", "2013-12-31", List.of(tax())));
        createPolicy(town, policy("2014-01-01", "2015-12-31", List.of(tax())));
        createPolicy(town, policy("2016-01-01", null, List.of(tax())));
        ConnectionContract.check(() -> as("supervisor"), "policies", "townCode: \"" + town + "\"", "id", 3);
    }

    private static Map<String, Object> tax() {
        return rule("PROPORTIONAL", List.of("TAX_NEW_ENTERPRISE"), Map.of("rate", "0.80"));
    }
}
