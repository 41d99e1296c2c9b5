package org.townreform.license.graphql;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.GraphQLRefusals;
import org.townreform.common.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** GraphQL refusals carry the REST codes in extensions.code: UNAUTHENTICATED and FORBIDDEN. */
@QuarkusTest
class GraphQLRefusalsTest {
    private static final String READ = "{ application(id: \"1\") { __typename } }";

    @Test
    void withoutATokenTheErrorIsCodedUnauthenticated() {
        GraphQLRefusals.withoutTokenIsUnauthenticated(READ);
    }

    @Test
    void aMalformedOrExpiredTokenIsRefusedWith401CodedUnauthenticated() {
        GraphQLRefusals.badTokenIsUnauthenticated(READ);
    }

    @Test
    void aRoleThatMayNotActIsCodedForbidden() {
        GraphQLRefusals.roleNotAllowedIsForbidden("mutation { acceptApplication(id: \"1\") { __typename } }",
                Tokens.dept("东莞市城市管理综合执法局"));
    }

    @Test
    void queriesThatCannotRunAreCodedWithTheirStatus() {
        GraphQLRefusals.malformedQueriesAreCoded(Tokens.role("supervisor"));
    }
}
