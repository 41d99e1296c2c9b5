package org.townreform.personnel.graphql;

import org.junit.jupiter.api.Test;
import org.townreform.common.testing.GraphQLRefusals;
import org.townreform.common.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;

/** GraphQL refusals carry the REST codes in extensions.code: UNAUTHENTICATED and FORBIDDEN. */
@QuarkusTest
class GraphQLRefusalsTest {
    private static final String READ = "{ town(code: \"441900113\") { __typename } }";

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
        GraphQLRefusals.roleNotAllowedIsForbidden("mutation { confirmAssessment(id: \"1\") { __typename } }",
                Tokens.town("town-clerk", "441900113"));
    }

    @Test
    void queriesThatCannotRunAreCodedWithTheirStatus() {
        GraphQLRefusals.malformedQueriesAreCoded(Tokens.role("supervisor"));
    }
}
