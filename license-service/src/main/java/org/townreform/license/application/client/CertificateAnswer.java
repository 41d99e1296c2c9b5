package org.townreform.license.application.client;

/**
 * What the certificate check came to: an answer from personnel-service, an unknown person (404), or a refusal of the
 * check itself (another 4xx). Failures of personnel-service (no answer in time, down, 5xx) are exceptions, not answers.
 */
public record CertificateAnswer(CertificateCheck check, boolean unknownPerson, int refusedStatus) {

    public static CertificateAnswer of(CertificateCheck check) {
        return new CertificateAnswer(check, false, 0);
    }

    public static CertificateAnswer unknown() {
        return new CertificateAnswer(null, true, 0);
    }

    public static CertificateAnswer refused(int status) {
        return new CertificateAnswer(null, false, status);
    }
}
