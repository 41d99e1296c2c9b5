package org.townreform.common.graphql;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import io.smallrye.graphql.execution.error.ExceptionHandler;

/**
 * Resolves a query's root fields one after another, as mutations are; everything below a root field resolves as before
 * (concurrently, with batched {@code @Source List} fields and batch {@code _entities}). Every resolver of one request
 * shares the request's Hibernate Reactive session, which must never serve two operations at a time: a query with two
 * root fields (say {@code countyDashboard} and {@code town}) otherwise fails with "illegal state"
 * (quarkusio/quarkus#32870, open). SmallRye fires the {@code GraphQL.Builder} event only with
 * {@code quarkus.smallrye-graphql.events.enabled=true} (set in this module's configuration).
 */
@ApplicationScoped
public class SerialFieldExecution {
    void serialRootFields(@Observes GraphQL.Builder builder) {
        builder.queryExecutionStrategy(new SerialRootStrategy(new ExceptionHandler()));
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
