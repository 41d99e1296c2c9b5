package org.townreform.license.application.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.townreform.common.error.ProblemException;
import org.townreform.common.error.Problems;
import org.townreform.license.application.client.CertificateCheck;
import org.townreform.license.application.client.PersonnelClient;

import io.smallrye.mutiny.Uni;

/**
 * SPEC §4.3 Reviewer: a decision on an ENFORCEMENT item needs a reviewer holding an enforcement certificate (执法证) of the
 * item's department valid on the decision day, as personnel-service knows it. No answer means no decision (503).
 */
@ApplicationScoped
public class ReviewerCheck {
    private static final Logger LOG = Logger.getLogger(ReviewerCheck.class);

    private final PersonnelClient personnel;
    private final JsonWebToken jwt;

    public ReviewerCheck(PersonnelClient personnel, JsonWebToken jwt) {
        this.personnel = personnel;
        this.jwt = jwt;
    }

    /** The number of the reviewer's valid certificate; 422 when there is none, 503 when personnel-service fails. */
    public Uni<String> requireCertified(Long reviewerId, String department, LocalDate day) {
        if (reviewerId == null) {
            return Uni.createFrom().failure(Problems.unprocessable("REVIEWER_REQUIRED",
                    "A decision on an enforcement item needs reviewerId: a person holding an enforcement certificate of "
                            + department));
        }
        String raw = jwt == null ? null : jwt.getRawToken();
        String authorization = raw == null ? null : "Bearer " + raw;
        // The time limit fires on a timer thread: come back to the request's context before the transaction goes on.
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        Uni<org.townreform.license.application.client.CertificateAnswer> call = personnel.validCertificates(reviewerId,
                department, day, authorization);
        if (context != null) {
            call = call.emitOn(task -> context.runOnContext(x -> task.run()));
        }
        return call
                .onFailure(t -> !(t instanceof ProblemException)).transform(t -> {
                    LOG.warnf("personnel-service certificate check failed: %s", t.toString());
                    return Problems.serviceUnavailable("PERSONNEL_UNAVAILABLE",
                            "personnel-service did not answer the certificate check of reviewer " + reviewerId
                                    + " in time (or is unavailable); the decision is refused, not taken without the "
                                    + "check. Try again later");
                })
                .map(answer -> {
                    if (answer.unknownPerson()) {
                        throw Problems.unprocessable("REVIEWER_UNKNOWN",
                                "personnel-service knows no person " + reviewerId);
                    }
                    if (answer.check() == null) {
                        throw Problems.serviceUnavailable("PERSONNEL_UNAVAILABLE",
                                "personnel-service refused the certificate check (status " + answer.refusedStatus()
                                        + "); the decision is refused");
                    }
                    CertificateCheck c = answer.check();
                    if (!c.valid()) {
                        throw Problems.unprocessable("REVIEWER_NOT_CERTIFIED", "Reviewer " + reviewerId
                                + " holds no enforcement certificate of " + department + " valid on " + day);
                    }
                    return c.certificates() == null || c.certificates().isEmpty()
                            ? null
                            : c.certificates().get(0).number();
                });
    }

}
