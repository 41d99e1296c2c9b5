package org.townreform.common.error;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.townreform.common.graphql.GraphQLErrorAnswer;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import io.smallrye.graphql.schema.model.ErrorInfo;
import io.vertx.ext.web.Router;

/**
 * GraphQL refusals carry the same codes as REST (docs/problems.md): {@code UNAUTHENTICATED} and {@code FORBIDDEN} in
 * {@code extensions.code}, instead of SmallRye GraphQL's defaults ({@code unauthorized}, {@code forbidden}).
 * <ul>
 * <li>No token: the {@code @RolesAllowed} check of the service fails inside the resolver; the exception types of Quarkus
 * security get their codes through SmallRye GraphQL's error-code table (what {@code @ErrorCode} would register, for
 * classes we cannot annotate).</li>
 * <li>A bad token (broken, expired, untrusted key or issuer): authentication fails before GraphQL runs; on the GraphQL
 * path the answer is 401 with a GraphQL error body (REST keeps its problem+json from {@link ProblemMapper}).</li>
 * </ul>
 */
@ApplicationScoped
public class GraphQLSecurityErrors {
    static final String GRAPHQL_PATH = "/graphql";

    void registerCodes(@Observes StartupEvent start) {
        ErrorInfoMap.register(Map.of(
                UnauthorizedException.class.getName(), info(UnauthorizedException.class, "UNAUTHENTICATED"),
                AuthenticationFailedException.class.getName(), info(AuthenticationFailedException.class, "UNAUTHENTICATED"),
                ForbiddenException.class.getName(), info(ForbiddenException.class, "FORBIDDEN")));
    }

    private static ErrorInfo info(Class<?> type, String code) {
        return new ErrorInfo(type.getName(), code);
    }

    void failedAuthentication(@Observes Router router) {
        router.route(GRAPHQL_PATH).failureHandler(rc -> {
            if (!(rc.failure() instanceof AuthenticationFailedException) || rc.response().ended()) {
                rc.next();
                return;
            }
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            GraphQLErrorAnswer.send(rc, 401, "UNAUTHENTICATED", "A valid bearer token is required");
        });
    }
}
