package org.townreform.gateway.client;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.gateway.client.CircuitBreaker.Readiness;
import org.townreform.gateway.config.GatewayConfig;
import org.townreform.gateway.exec.Downstream;
import org.townreform.gateway.exec.DownstreamFailure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;

/**
 * The gateway's calls to the subgraphs: one pooled keep-alive Vert.x {@link HttpClient}, a per-call timeout, a
 * {@link CircuitBreaker} per subgraph (with a readiness probe of the subgraph while it is open), coalescing of identical
 * requests in flight, the caller's Authorization header, request id and W3C trace context passed on (one client span per
 * call), and Micrometer meters: {@code gateway_downstream_requests_total{service,outcome}} (outcome: success, error,
 * timeout, circuit_open), {@code gateway_downstream_latency_seconds{service}},
 * {@code gateway_downstream_coalesced_total{service}} and {@code gateway_downstream_probes_total{service,readiness}}.
 */
@ApplicationScoped
public class SubgraphClient implements Downstream {
    private static final TextMapSetter<RequestOptions> SETTER = (options, key, value) -> options.putHeader(key, value);

    private final Vertx vertx;
    private final GatewayConfig config;
    private final HttpClient client;
    private final Map<String, Target> targets = new HashMap<>();
    private final InFlight inFlight = new InFlight();
    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final long timeoutMillis;
    private final long probeTimer;

    private record Target(String name, String host, int port, String uri, boolean ssl, CircuitBreaker breaker,
            Counter success, Counter error, Counter timeout, Counter open, Counter coalesced, Timer latency,
            Probe probe) {
    }

    /** The subgraph's readiness endpoint, whether a probe is running, and the probes' answers counted. */
    private record Probe(String host, int port, String uri, boolean ssl, AtomicBoolean running, Counter up, Counter down,
            Counter unknown) {
    }

    public SubgraphClient(Vertx vertx, GatewayConfig config, MeterRegistry registry, OpenTelemetry openTelemetry) {
        this.vertx = vertx;
        this.config = config;
        this.timeoutMillis = Math.max(1, config.timeout().toMillis());
        this.tracer = openTelemetry.getTracer("org.townreform.gateway");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                .setConnectTimeout((int) timeoutMillis).setTracingPolicy(TracingPolicy.IGNORE),
                new PoolOptions().setHttp1MaxSize(config.poolSize()).setMaxWaitQueueSize(4 * config.poolSize()));
        long openNanos = config.breaker().openDuration().toNanos();
        // After a trial that failed although the service said ready, the next waits a probe interval, then doubling.
        long backoffNanos = config.breaker().probeInterval().toNanos();
        config.services().forEach((name, service) -> {
            URI uri = URI.create(service.url());
            boolean ssl = "https".equalsIgnoreCase(uri.getScheme());
            int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            URI ready = URI.create(service.readinessUrl().orElseGet(() -> uri.resolve("/q/health/ready").toString()));
            boolean readySsl = "https".equalsIgnoreCase(ready.getScheme());
            Probe probe = new Probe(ready.getHost(), ready.getPort() > 0 ? ready.getPort() : readySsl ? 443 : 80,
                    ready.getRawPath() == null || ready.getRawPath().isEmpty() ? "/" : ready.getRawPath(), readySsl,
                    new AtomicBoolean(), probes(registry, name, "up"), probes(registry, name, "down"),
                    probes(registry, name, "unknown"));
            targets.put(name, new Target(name, uri.getHost(), port, path, ssl,
                    new CircuitBreaker(config.breaker().failureThreshold(), openNanos, backoffNanos, System::nanoTime),
                    requests(registry, name, "success"), requests(registry, name, "error"),
                    requests(registry, name, "timeout"), requests(registry, name, "circuit_open"),
                    Counter.builder("gateway.downstream.coalesced").description("Downstream requests answered by an"
                            + " identical request already in flight").tag("service", name).register(registry),
                    Timer.builder("gateway.downstream.latency").description("Downstream request latency")
                            .tag("service", name).publishPercentileHistogram(false).register(registry),
                    probe));
        });
        long probeMillis = config.breaker().probeInterval().toMillis();
        this.probeTimer = probeMillis > 0
                ? vertx.setPeriodic(probeMillis, id -> targets.values().forEach(this::probeIfOpen))
                : -1;
    }

    private static Counter probes(MeterRegistry registry, String service, String readiness) {
        return Counter.builder("gateway.downstream.probes")
                .description("Readiness probes of subgraphs whose breaker is open, by answer")
                .tag("service", service).tag("readiness", readiness).register(registry);
    }

    private static Counter requests(MeterRegistry registry, String service, String outcome) {
        return Counter.builder("gateway.downstream.requests").description("Downstream requests by service and outcome")
                .tag("service", service).tag("outcome", outcome).register(registry);
    }

    @PreDestroy
    void close() {
        if (probeTimer >= 0) {
            vertx.cancelTimer(probeTimer);
        }
        client.close();
    }

    /**
     * While the subgraph's breaker is open, asks its readiness endpoint (one probe at a time per subgraph, within the
     * call timeout) and tells the breaker: 200 is UP, 503 or no answer is DOWN, anything else UNKNOWN.
     */
    private void probeIfOpen(Target target) {
        Probe probe = target.probe();
        if (!target.breaker().wantsProbe() || !probe.running().compareAndSet(false, true)) {
            return;
        }
        ask(probe).onComplete(result -> {
            Readiness readiness = result.result();
            target.breaker().onProbe(readiness);
            (switch (readiness) {
                case UP -> probe.up();
                case DOWN -> probe.down();
                case UNKNOWN -> probe.unknown();
            }).increment();
            probe.running().set(false);
        });
    }

    /** What the subgraph's readiness endpoint says now, within the call timeout (a probe that cannot reach it: DOWN). */
    public Future<Readiness> readiness(String subgraph) {
        Target target = targets.get(subgraph);
        return target == null ? Future.succeededFuture(Readiness.UNKNOWN) : ask(target.probe());
    }

    /** The subgraphs' names, sorted. */
    public java.util.SortedSet<String> subgraphs() {
        return new java.util.TreeSet<>(targets.keySet());
    }

    private Future<Readiness> ask(Probe probe) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(probe.host())
                .setPort(probe.port()).setURI(probe.uri()).setSsl(probe.ssl())
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        Promise<Readiness> promise = Promise.promise();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        long timer = vertx.setTimer(timeoutMillis, id -> {
            if (promise.tryComplete(Readiness.DOWN)) {
                HttpClientRequest request = sent.get();
                if (request != null) {
                    request.reset();
                }
            }
        });
        client.request(options).compose(request -> {
            sent.set(request);
            return request.send();
        }).compose(response -> response.body().map(ignored -> switch (response.statusCode()) {
            case 200 -> Readiness.UP;
            case 503 -> Readiness.DOWN;
            default -> Readiness.UNKNOWN;
        })).onComplete(result -> {
            vertx.cancelTimer(timer);
            promise.tryComplete(result.succeeded() ? result.result() : Readiness.DOWN);
        });
        return promise.future();
    }

    /** Whether a subgraph's breaker is open now (for tests and health). */
    public boolean breakerOpen(String subgraph) {
        Target target = targets.get(subgraph);
        return target != null && target.breaker().isOpen();
    }

    @Override
    public Future<Buffer> send(String subgraph, Buffer body, Caller caller) {
        Target target = targets.get(subgraph);
        if (target == null) {
            return Future.failedFuture(new DownstreamFailure(DownstreamFailure.SERVICE_UNAVAILABLE,
                    "No address is configured for service " + subgraph));
        }
        if (!config.coalescing()) {
            return call(target, body, caller);
        }
        String key = subgraph + '\u0000' + (caller.authorization() == null ? "" : caller.authorization()) + '\u0000'
                + body.toString();
        return inFlight.share(key, () -> call(target, body, caller), target.coalesced());
    }

    private Future<Buffer> call(Target target, Buffer body, Caller caller) {
        if (!target.breaker().tryAcquire()) {
            target.open().increment();
            return Future.failedFuture(new DownstreamFailure(DownstreamFailure.SERVICE_UNAVAILABLE,
                    "Service " + target.name() + " is unavailable (circuit breaker open)"));
        }
        long start = System.nanoTime();
        Span span = tracer.spanBuilder("POST " + target.name()).setSpanKind(SpanKind.CLIENT)
                .setParent(caller.traceContext()).setAttribute("peer.service", target.name())
                .setAttribute("server.address", target.host()).setAttribute("server.port", (long) target.port())
                .startSpan();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(target.host())
                .setPort(target.port()).setURI(target.uri()).setSsl(target.ssl())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        if (caller.authorization() != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, caller.authorization());
        }
        if (caller.requestId() != null) {
            options.putHeader("X-Request-Id", caller.requestId());
        }
        propagator.inject(caller.traceContext().with(span), options, SETTER);

        Promise<Buffer> promise = Promise.promise();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        long timer = vertx.setTimer(timeoutMillis, id -> {
            if (promise.tryFail(new DownstreamFailure(DownstreamFailure.TIMEOUT,
                    "Service " + target.name() + " did not answer within " + timeoutMillis + " ms"))) {
                HttpClientRequest request = sent.get();
                if (request != null) {
                    request.reset();
                }
            }
        });
        client.request(options).compose(request -> {
            sent.set(request);
            return request.send(body);
        }).compose(response -> response.body().map(answer -> {
            int status = response.statusCode();
            if (status >= 500 || status == 429 || (status >= 300 && status < 400)) {
                throw new DownstreamFailure(DownstreamFailure.SERVICE_UNAVAILABLE,
                        "Service " + target.name() + " answered HTTP " + status);
            }
            return answer;
        })).onComplete(result -> {
            vertx.cancelTimer(timer);
            if (result.succeeded()) {
                promise.tryComplete(result.result());
            } else {
                promise.tryFail(result.cause() instanceof DownstreamFailure
                        ? result.cause()
                        : new DownstreamFailure(DownstreamFailure.SERVICE_UNAVAILABLE,
                                "Service " + target.name() + " is unavailable"));
            }
        });
        return promise.future().andThen(result -> {
            target.latency().record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            if (result.succeeded()) {
                target.breaker().onSuccess();
                target.success().increment();
            } else {
                target.breaker().onFailure();
                boolean timedOut = result.cause() instanceof DownstreamFailure f
                        && f.code().equals(DownstreamFailure.TIMEOUT);
                (timedOut ? target.timeout() : target.error()).increment();
                span.setStatus(StatusCode.ERROR, result.cause().getMessage());
            }
            span.end();
        });
    }
}
