package org.townreform.gateway;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Placeholder until the stitched schema lands (issue 5): the gateway answers GraphQL and health. */
@GraphQLApi
public class GatewayInfo {
    @Query("gatewayVersion")
    @Description("The version of the gateway")
    public String version() {
        return "1.0.0";
    }
}
