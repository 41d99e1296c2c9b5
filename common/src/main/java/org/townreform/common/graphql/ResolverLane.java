package org.townreform.common.graphql;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs a request's database-reading resolvers one after another. graphql-java resolves sibling fields concurrently
 * ({@code town { personnel { .. } organisation { .. } }}), and every resolver of a request runs on the request's Vert.x
 * context, where Hibernate Reactive keeps one session, which must never serve two operations at a time
 * (quarkusio/quarkus#32870, open): without the lane such a query fails with "illegal state".
 * <p>
 * The lane queues the <em>work</em>, not the calls: graphql-java still calls every resolver of a level before it
 * dispatches the level's batches, so {@code @Source List} batching and {@code _entities} stay one call per field,
 * whatever the number of towns. A resolver starts when the one before it in the request has answered (or failed). The
 * lane lives in the request's context data; a resolver of another request has its own.
 * <p>
 * Resolvers of annotated classes call services only, never another annotated class, so a queued piece of work never
 * waits on the lane it holds.
 */
@OneSessionAtATime
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ResolverLane {
    private static final String KEY = ResolverLane.class.getName();

    @AroundInvoke
    Object queue(InvocationContext invocation) throws Exception {
        Class<?> answer = invocation.getMethod().getReturnType();
        Context context = Vertx.currentContext();
        if (context == null) {
            return invocation.proceed();
        }
        if (Uni.class.isAssignableFrom(answer)) {
            return lane(context).queue(() -> (Uni<?>) invocation.proceed());
        }
        if (CompletionStage.class.isAssignableFrom(answer)) {
            return lane(context).queue(() -> Uni.createFrom().completionStage((CompletionStage<?>) invocation.proceed()))
                    .subscribeAsCompletionStage();
        }
        return invocation.proceed(); // answers at once: nothing runs on the session after it returns
    }

    private static Lane lane(Context context) {
        Lane lane = context.getLocal(KEY);
        if (lane == null) {
            lane = new Lane(context);
            context.putLocal(KEY, lane);
        }
        return lane;
    }

    /** The work of one request, in the order it was asked for; at most one piece runs at a time. */
    static final class Lane {
        private final Queue<Runnable> waiting = new ArrayDeque<>();
        private final Context context;
        private boolean running;

        Lane(Context context) {
            this.context = context;
        }

        <T> Uni<T> queue(Work<T> work) {
            return Uni.createFrom().emitter(emitter -> {
                Runnable start = () -> {
                    Uni<T> answer;
                    try {
                        answer = work.start();
                    } catch (Exception | LinkageError e) {
                        answer = Uni.createFrom().failure(e);
                    }
                    // the next piece starts from the event loop, not from inside this one's answer: no stack grows with the queue
                    answer.onTermination().invoke(() -> context.runOnContext(ignored -> next())).subscribe()
                            .with(emitter::complete, emitter::fail);
                };
                boolean startNow;
                synchronized (this) {
                    startNow = !running;
                    running = true;
                    if (!startNow) {
                        waiting.add(start);
                    }
                }
                if (startNow) {
                    start.run();
                }
            });
        }

        private void next() {
            Runnable start;
            synchronized (this) {
                start = waiting.poll();
                running = start != null;
            }
            if (start != null) {
                start.run();
            }
        }
    }

    /** A resolver's work, started when its turn comes. */
    @FunctionalInterface
    interface Work<T> {
        Uni<T> start() throws Exception;
    }
}
