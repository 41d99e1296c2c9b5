package org.townreform.common.graphql;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;

/**
 * Resolves a query's root fields one after another, as mutations are; everything below a root field resolves as before
 * (concurrently, with batched {@code @Source List} fields and batch {@code _entities}). Every resolver of one request
 * shares the request's Hibernate Reactive session, which must never serve two operations at a time: a query with two
 * root fields (say {@code countyDashboard} and {@code town}) otherwise fails with "illegal state"
 * (quarkusio/quarkus#32870, open).
 * <p>
 * The same hook gives every error its one shape ({@link GraphQLErrorShape}).
 * <p>
 * A SmallRye GraphQL {@link EventingService} found through {@code META-INF/services}, active whatever the configuration
 * (its key is {@code null}), with one hook: the {@code GraphQL.Builder} before the schema is served. Not the CDI event
 * of the same builder: that one needs {@code quarkus.smallrye-graphql.events.enabled}, which also fires CDI events
 * around every field of every request (a few per cent of each service's CPU, measured with JFR).
 */
public class SerialFieldExecution implements EventingService {
    @Override
    public String getConfigKey() { return null; }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return GraphQLErrorShape
                .chainedAfterSmallRye(builder.queryExecutionStrategy(new SerialRootStrategy(new ExceptionHandler())));
    }

    /** Root fields in turn (graphql-java's mutation strategy); nested selections concurrently (graphql-java's default). */
    static final class SerialRootStrategy extends AsyncExecutionStrategy {
        private final AsyncSerialExecutionStrategy root;

        SerialRootStrategy(DataFetcherExceptionHandler handler) {
            super(handler);
            this.root = new AsyncSerialExecutionStrategy(handler);
        }

        @Override
        public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
            return root.execute(context, parameters);
        }
    }
}
