package org.townreform.license.robustness;

import org.townreform.common.testing.DatabaseOutageContract;
import org.townreform.common.testing.OwnPostgresServer;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** license-service while its database is down (a PostgreSQL server of this test's own): 503, then back at once. */
@QuarkusTest
@WithTestResource(value = OwnPostgresServer.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class DatabaseOutageTest extends DatabaseOutageContract {
}
