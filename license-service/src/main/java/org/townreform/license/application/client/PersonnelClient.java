package org.townreform.license.application.client;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.townreform.license.config.LicenseConfig;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;

/**
 * Calls personnel-service with a time limit and a circuit breaker, and no fallback: when personnel-service does not answer
 * in time, is down or fails, the failure reaches the caller, which refuses the decision (never allows it silently).
 * Timeout and breaker are configurable with the MicroProfile Fault Tolerance keys, e.g.
 * {@code quarkus.fault-tolerance."org.townreform.license.application.client.PersonnelClient/validCertificates".timeout.value=2000}.
 */
@ApplicationScoped
public class PersonnelClient {
    private final PersonnelApi api;
    private final Duration timeout;

    public PersonnelClient(@RestClient PersonnelApi api, LicenseConfig config) {
        this.api = api;
        this.timeout = config.personnelTimeout();
    }

    @AsynchronousNonBlocking
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<CertificateAnswer> validCertificates(long personId, String department, LocalDate date,
            String authorization) {
        return api.validCertificates(personId, department, date.toString(), authorization)
                // the same limit on the reactive pipeline itself, so a silent server never holds a request
                .ifNoItem().after(timeout).failWith(() -> new TimeoutException("personnel-service gave no answer within "
                        + timeout.toMillis() + " ms"))
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
