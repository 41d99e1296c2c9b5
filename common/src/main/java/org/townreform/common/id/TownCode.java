package org.townreform.common.id;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/** A township administrative division code: exactly nine digits (e.g. {@code 441900113}). */
@Documented
@Pattern(regexp = TownCode.REGEX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface TownCode {
    String REGEX = "\\d{9}";

    String message() default "must be a 9-digit township division code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
