package org.townreform.fiscal.graphql;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.GraphQLRefusals;
import org.townreform.common.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** GraphQL refusals carry the REST codes in extensions.code: UNAUTHENTICATED and FORBIDDEN. */
@QuarkusTest
class GraphQLRefusalsTest {
    private static final String READ = "{ settlement(townCode: \"441900113\", year: 2025) { __typename } }";

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
        GraphQLRefusals.roleNotAllowedIsForbidden("mutation { settleYear(townCode: \"441900113\", year: 2025) { __typename } }",
                Tokens.town("town-leader", "441900113"));
    }

    @Test
    void queriesThatCannotRunAreCodedWithTheirStatus() {
        GraphQLRefusals.malformedQueriesAreCoded(Tokens.role("supervisor"));
    }
}
