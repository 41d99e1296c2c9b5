package org.townreform.license;

import org.townreform.common.testing.PostgresTestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this module runs against a freshly created {@code license_test} database. */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "license_test"))
public final class LicenseTestDatabase {
    private LicenseTestDatabase() {
    }
}
