package org.townreform.license;

import org.townreform.common.testing.PostgresTestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every @QuarkusTest of this module runs against a freshly created {@code license_test} database, with personnel-service
 * played by a server answering the recorded contract.
 */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "license_test"))
@WithTestResource(value = PersonnelContractServer.class, scope = TestResourceScope.GLOBAL)
public final class LicenseTestDatabase {
    private LicenseTestDatabase() {
    }
}
