package org.townreform.common.testing.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.testing.graphql.DocumentedErrors;
import org.townreform.testing.graphql.EveryFieldQuery;

import io.quarkus.arc.Arc;
import io.restassured.specification.RequestSpecification;

/**
 * Any combination of fields is a valid query: sends {@link EveryFieldQuery}'s query (every field to a depth) and accepts
 * no error but a documented business code of {@code docs/problems.md} (never {@code INTERNAL_ERROR}, an
 * {@code illegal-state}, or a "System error" without a code).
 */
public final class EveryFieldContract {
    private EveryFieldContract() {
    }

    /**
     * @param endpoint the GraphQL path ({@code /graphql})
     * @param who a county-wide caller (it should see every field)
     * @return the fields selected, for the caller to check coverage
     */
    @SuppressWarnings("unchecked")
    public static EveryFieldQuery check(RequestSpecification introspector, RequestSpecification who, String endpoint,
            Map<String, String> samples, Set<String> leaveOut, int depth) {
        Map<String, Object> schema = introspector.body(Map.of("query", EveryFieldQuery.INTROSPECTION)).post(endpoint).then()
                .statusCode(200).extract().path("data");
        EveryFieldQuery every = new EveryFieldQuery(schema, samples, leaveOut, depth);
        assertThat(every.skipped()).as("fields left out for want of a sample argument").isEmpty();
        Map<String, Object> answer = who.body(Map.of("query", every.query())).post(endpoint).then().statusCode(200).extract()
                .as(Map.class);
        List<String> wrong = DocumentedErrors.undocumented(answer, DocumentedErrors.codes());
        assertThat(wrong).as("errors of the every-field query (" + every.selected().size() + " fields):\n" + every.query())
                .isEmpty();
        assertThat(answer.get("data")).as("data of the every-field query").isNotNull();
        return every;
    }

    /**
     * Every {@code @GraphQLApi} bean of the running service queues its database work in the request's lane
     * ({@link OneSessionAtATime}); one without it would let two sibling fields share the session again.
     */
    public static void everyGraphQLApiIsInTheLane() {
        List<String> outside = new ArrayList<>();
        int apis = 0;
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.isAnnotationPresent(GraphQLApi.class)) {
                apis++;
                if (!type.isAnnotationPresent(OneSessionAtATime.class)) {
                    outside.add(type.getName());
                }
            }
        }
        assertThat(apis).as("GraphQL API beans").isPositive();
        assertThat(outside).as("GraphQL API classes without @OneSessionAtATime").isEmpty();
    }

    /** The id of the first item of a REST list ({@code items[0].id}), or {@code "1"} (a missing one) when it is empty. */
    public static String firstId(RequestSpecification who, String path) {
        List<Object> ids = who.get(path).then().statusCode(200).extract().path("items.id");
        return ids.isEmpty() ? "1" : String.valueOf(ids.get(0));
    }

    /** {@code s} as a GraphQL string literal (for samples without quotes or backslashes). */
    public static String quoted(String s) {
        return "\"" + s + "\"";
    }
}
