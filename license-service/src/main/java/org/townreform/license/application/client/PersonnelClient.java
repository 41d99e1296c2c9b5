package org.townreform.license.application.client;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * Calls personnel-service with a time limit and a circuit breaker, and no fallback: when personnel-service does not answer
 * in time, is down or fails, the failure reaches the caller, which refuses the decision (never allows it silently).
 * Timeout and breaker are configurable with the Quarkus Fault Tolerance keys (all durations in milliseconds, as the
 * annotations declare them), e.g.
 * {@code quarkus.fault-tolerance."org.townreform.license.application.client.PersonnelClient/validCertificates".timeout.value=2000}
 * or {@code ...circuit-breaker.delay=10000}. The time limit is the {@code @Timeout} alone: it fails the pending call
 * (a silent personnel-service never holds a request longer), and counts as a failure for the breaker.
 */
@ApplicationScoped
public class PersonnelClient {
    /** The breaker's name, for {@code CircuitBreakerMaintenance} (state, reset) and the fault-tolerance metrics. */
    public static final String BREAKER = "personnel-certificates";

    private final PersonnelApi api;

    public PersonnelClient(@RestClient PersonnelApi api) {
        this.api = api;
    }

    // Values in milliseconds (the annotations' default unit), so the configuration keys read in milliseconds too.
    @AsynchronousNonBlocking
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @CircuitBreakerName(BREAKER)
    public Uni<CertificateAnswer> validCertificates(long personId, String department, LocalDate date,
            String authorization) {
        return api.validCertificates(personId, department, date.toString(), authorization)
                .map(CertificateAnswer::of)
                .onFailure(PersonnelClient::clientError).recoverWithItem(e -> {
                    int status = ((WebApplicationException) e).getResponse().getStatus();
                    return status == 404 ? CertificateAnswer.unknown() : CertificateAnswer.refused(status);
                });
    }

    /** A 4xx is an answer about the request, not a failure of personnel-service: it does not trip the breaker. */
    private static boolean clientError(Throwable t) {
        return t instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() >= 400
                && w.getResponse().getStatus() < 500;
    }
}
