package org.townreform.personnel;

import org.townreform.common.testing.PostgresTestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this module runs against a freshly created {@code personnel_test} database. */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "database", value = "personnel_test"))
public final class PersonnelTestDatabase {
    private PersonnelTestDatabase() {
    }
}
