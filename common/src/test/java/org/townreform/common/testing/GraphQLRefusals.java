package org.townreform.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.restassured.specification.RequestSpecification;

/**
 * The refusals every service's GraphQL endpoint must code like REST does (docs/problems.md): no token or a bad one is
 * {@code UNAUTHENTICATED}, a role that may not do the operation is {@code FORBIDDEN}. Each service calls these from its
 * own {@code @QuarkusTest} with an operation of its own schema.
 */
public final class GraphQLRefusals {
    private GraphQLRefusals() {
    }

    private static RequestSpecification post(String query) {
        return given().contentType("application/json").body(Map.of("query", query));
    }

    /** Without a token the operation's role check refuses: an error coded UNAUTHENTICATED, no data. */
    public static void withoutTokenIsUnauthenticated(String query) {
        post(query).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].extensions.status", equalTo(401))
                .body("errors[0].extensions", not(hasKey("classification")));
    }

    /** A malformed token and an expired one are refused before GraphQL runs: 401 with a GraphQL error body. */
    public static void badTokenIsUnauthenticated(String query) {
        for (String token : new String[]{"not-a-token", Tokens.expired("county-org")}) {
            post(query).header("Authorization", Tokens.bearer(token)).post("/graphql").then().statusCode(401)
                    .header("WWW-Authenticate", "Bearer")
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                    .body("errors[0].extensions.status", equalTo(401));
        }
    }

    /** A caller whose role does not allow the operation: an error coded FORBIDDEN. */
    public static void roleNotAllowedIsForbidden(String query, String token) {
        post(query).header("Authorization", Tokens.bearer(token)).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].extensions.status", equalTo(403))
                .body("errors[0].extensions", not(hasKey("classification")))
                .body("errors[0].message", not(equalTo("System error")));
    }

    /**
     * Queries that cannot run are coded as the gateway codes them, with the status REST would answer and no SmallRye
     * classification: one that names a field the schema lacks, one whose variable has the wrong type.
     */
    public static void malformedQueriesAreCoded(String token) {
        String[][] cases = {
                {"{ noSuchFieldAnywhere }", "GRAPHQL_VALIDATION_FAILED"},
                {"{ __typename(", "GRAPHQL_PARSE_FAILED"},
                {"query { ", "GRAPHQL_PARSE_FAILED"},
        };
        for (String[] c : cases) {
            post(c[0]).header("Authorization", Tokens.bearer(token)).post("/graphql").then().statusCode(200)
                    .body("errors[0].extensions.code", equalTo(c[1]))
                    .body("errors[0].extensions.status", equalTo(400))
                    .body("errors[0].extensions", not(hasKey("classification")))
                    .body("errors[0].message", not(equalTo("System error")))
                    .body("errors[0].message", not(containsString("Unparseable input document")));
        }
        given().contentType("application/json").header("Authorization", Tokens.bearer(token))
                .body(Map.of("query", "query($n: Int!) { __typename }", "variables", Map.of("n", "many")))
                .post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].extensions.status", equalTo(400));
    }
}
