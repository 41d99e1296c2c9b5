package org.townreform.fiscal;

import org.townreform.common.testing.PostgresTestDatabase;
import org.townreform.common.testing.TownRegistryServer;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every @QuarkusTest of this module runs against a freshly created {@code fiscal_test} database, with personnel-service's
 * registry of towns played by a server answering the recorded contract (every well-formed code is a recorded town but
 * the contract's unknown one).
 */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "fiscal_test"))
@WithTestResource(value = TownRegistryServer.class, scope = TestResourceScope.GLOBAL)
public final class FiscalTestDatabase {
    private FiscalTestDatabase() {
    }
}
