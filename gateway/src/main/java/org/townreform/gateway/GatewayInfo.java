package org.townreform.gateway;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/**
 * Keeps the SmallRye GraphQL extension (and with it GraphiQL at {@code /q/graphql-ui}) in the gateway. Its own
 * {@code /graphql} endpoint never answers: {@link org.townreform.gateway.http.GraphQLRoute} is routed first and serves
 * the composed schema, so GraphiQL talks to the gateway's executor.
 */
@GraphQLApi
public class GatewayInfo {
    @Query("gatewayVersion")
    @Description("The version of the gateway")
    public String version() {
        return "1.0.0";
    }
}
