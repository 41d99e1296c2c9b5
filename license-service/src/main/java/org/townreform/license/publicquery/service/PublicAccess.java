package org.townreform.license.publicquery.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.error.ProblemException;
import org.townreform.license.application.Application;
import org.townreform.license.application.repository.ApplicationRepository;
import org.townreform.license.application.service.VerificationCodes;

import io.smallrye.mutiny.Uni;

/**
 * The applicant's key without an account: the application number and its verification code. A wrong code is answered
 * exactly like an unknown number (the same 404, the same words), so numbers cannot be probed.
 */
@ApplicationScoped
public class PublicAccess {
    private final ApplicationRepository apps;

    public PublicAccess(ApplicationRepository apps) {
        this.apps = apps;
    }

    /** The application the number and code open; runs in the caller's session. */
    public Uni<Application> require(String number, String code) {
        if (number == null || number.length() > 40 || code == null || code.length() > 64) {
            return Uni.createFrom().failure(notFound());
        }
        return apps.byNumber(number.trim()).map(a -> {
            if (a == null || !VerificationCodes.matches(code, a.verificationHash)) {
                throw notFound();
            }
            return a;
        });
    }

    public static ProblemException notFound() {
        return new ProblemException(404, "NOT_FOUND", "Not found",
                "No application with this number and verification code");
    }
}
