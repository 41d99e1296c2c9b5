package org.townreform.gateway.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/**
 * Work in flight, shared by key: a caller asking for a key already running waits for that run's bytes instead of
 * starting its own; the key is forgotten as soon as the run ends, so nothing is cached. Used for identical downstream
 * calls ({@link SubgraphClient}) and identical whole queries ({@code GraphQLRoute}).
 */
public final class InFlight {
    private final Map<String, Future<Buffer>> running = new ConcurrentHashMap<>();

    /** The running work for {@code key}, or {@code start}'s, counting every caller that joins in {@code joined}. */
    public Future<Buffer> share(String key, Supplier<Future<Buffer>> start, Counter joined) {
        Promise<Buffer> promise = Promise.promise();
        Future<Buffer> existing = running.putIfAbsent(key, promise.future());
        if (existing != null) {
            joined.increment();
            return onCallerContext(existing);
        }
        start.get().onComplete(result -> {
            running.remove(key);
            promise.handle(result);
        });
        return promise.future();
    }

    /** A shared answer is delivered on the waiting caller's own context: one run's callbacks never race. */
    private static Future<Buffer> onCallerContext(Future<Buffer> shared) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return shared;
        }
        Promise<Buffer> mine = Promise.promise();
        shared.onComplete(result -> {
            if (Vertx.currentContext() == context) {
                mine.handle(result);
            } else {
                context.runOnContext(ignored -> mine.handle(result));
            }
        });
        return mine.future();
    }
}
