package org.townreform.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of an error answer, RFC 9457 {@code application/problem+json}: the standard members plus {@code code} (stable,
 * for machines), {@code requestId} (to find the log lines), for a business rule the {@code basis} it enforces (the law's article or
 * the pilot plan's section) and, for validation, {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String code,
        String requestId, String basis, List<ProblemException.FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:townreform:problem:";

    public static Problem of(ProblemException e, String instance, String requestId) {
        return new Problem(TYPE_PREFIX + e.code(), e.title(), e.status(), e.detail(), instance, e.code(), requestId,
                e.basis(), e.fieldErrors());
    }
}
