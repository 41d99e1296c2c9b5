package org.townreform.gateway.ops;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.townreform.gateway.client.CircuitBreaker;
import org.townreform.gateway.client.SubgraphClient;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;

/**
 * The gateway's readiness names each subgraph and whether it answers: each one's own readiness endpoint, asked now
 * (within the call timeout), and whether the gateway's circuit breaker for it is open. The gateway is ready while at
 * least one subgraph answers, since it then still serves partial answers; with none it is not, and the load balancer
 * sends dashboards to a gateway that can answer. Liveness never depends on the subgraphs: a subgraph down is no reason
 * to restart the gateway.
 */
@Readiness
@ApplicationScoped
public class SubgraphsReadiness implements AsyncHealthCheck {
    private final SubgraphClient subgraphs;

    public SubgraphsReadiness(SubgraphClient subgraphs) {
        this.subgraphs = subgraphs;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<String> names = new ArrayList<>(subgraphs.subgraphs());
        List<Future<CircuitBreaker.Readiness>> asked = names.stream().map(subgraphs::readiness).toList();
        return Uni.createFrom().completionStage(Future.join(asked).toCompletionStage().exceptionally(e -> null))
                .map(ignored -> {
                    HealthCheckResponseBuilder answer = HealthCheckResponse.named("subgraphs");
                    boolean any = false;
                    for (int i = 0; i < names.size(); i++) {
                        Future<CircuitBreaker.Readiness> f = asked.get(i);
                        CircuitBreaker.Readiness readiness = f.succeeded() ? f.result() : CircuitBreaker.Readiness.DOWN;
                        any |= readiness == CircuitBreaker.Readiness.UP;
                        answer.withData(names.get(i), readiness.name()
                                + (subgraphs.breakerOpen(names.get(i)) ? ", breaker open" : ""));
                    }
                    return answer.status(any).build();
                });
    }
}
