/**
 * End-to-end tests of the gateway over the three real services and real PostgreSQL (issues 5 and 6).
 * <p>
 * <b>Harness.</b> {@link org.townreform.gateway.e2e.E2eServices} starts personnel-service, fiscal-service and
 * license-service from their built jars ({@code <svc>/target/quarkus-app/quarkus-run.jar}; the reactor's {@code verify}
 * packages them before the gateway's tests) on free ports, each on its own database {@code <svc>_e2e_<pid>}, with the
 * demo data and 47 more towns (50), then warms them up. It is the test resource of
 * {@link org.townreform.gateway.e2e.E2eProfile}, which every class here uses: one gateway start serves them all, and the
 * services start once per test JVM whatever the number of profiles (two variants: a gateway of its own for the outage
 * test, and one whose fiscal-service address hangs). The module's other {@code @QuarkusTest} classes (unit-level, with
 * stub subgraphs) do not start the services. Logs: {@code gateway/target/e2e-logs/}.
 * <p>
 * <b>The peers.</b> {@link org.townreform.gateway.e2e.PeerGateway} runs {@code @graphql-hive/gateway} with
 * {@code --hive-router-runtime} over the supergraph composed from the live services ({@code gateway/peers/compose.sh},
 * {@code hive.sh}) and {@code @apollo/gateway} composing by introspection ({@code apollo.sh});
 * {@code gateway/peers/node_modules} must be installed ({@code deploy/local/test.sh} runs {@code npm ci}; the scripts do
 * it too when it is missing). {@code PeerComparisonE2eTest} sends the same queries through each of them and ours.
 * <p>
 * <b>Running.</b> {@code ./mvnw -B package -DskipTests -pl common,personnel-service,fiscal-service,license-service}
 * once, then {@code ./mvnw -B verify -pl gateway} (or {@code -Dtest='*E2eTest'}). With
 * {@code -Dtownreform.e2e.target=hive} (or {@code apollo}) the same tests run against that peer instead of ours: a check
 * of the harness and of the queries (the tests of our own error codes, limits and metrics are skipped or, for the
 * outage timing, do not apply).
 * <p>
 * <b>What is shown.</b> The dashboard with data from all three services, equal to each service's own answer
 * ({@code DashboardE2eTest}); one downstream request per service for 1 and for 50 towns, counted by the services'
 * {@code /q/metrics} and by the gateway's {@code gateway_downstream_requests_total} ({@code DownstreamRequestsE2eTest});
 * partial answers with {@code SERVICE_UNAVAILABLE} / {@code TIMEOUT} on every missing field's path, within the 2 s
 * timeout ({@code FiscalStoppedE2eTest}, {@code FiscalTimeoutE2eTest}); full answers again within 3 s of a restarted
 * fiscal-service's readiness, with no call to it while it was down ({@code FiscalRestartE2eTest}); a town token sees no
 * other town
 * ({@code TownScopeE2eTest}); too-deep and malformed queries refused before any downstream call
 * ({@code QueryLimitsE2eTest}); the caller's W3C trace id in the services' log lines ({@code TracePropagationE2eTest});
 * the gateway's subgraph SDL snapshots equal to the live SDL ({@code SubgraphSdlDriftE2eTest}); the same data through
 * Hive Gateway, through Apollo Gateway and through ours ({@code PeerComparisonE2eTest}).
 */
package org.townreform.gateway.e2e;
