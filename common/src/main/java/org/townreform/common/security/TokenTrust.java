package org.townreform.common.security;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import io.smallrye.config.ConfigMapping;

/**
 * Which bearer tokens a service trusts, checked when the configuration is read at start: before the database, before the
 * HTTP port opens. Outside the {@code dev}, {@code test} and {@code local} profiles (mode {@link Mode#OIDC}) a service
 * refuses to start unless it trusts an OIDC issuer through its JWKS, and never the development key of
 * {@code deploy/local/dev-keys}: a service that started without an issuer would either reject every caller or, worse,
 * trust a key anyone can read.
 * <p>
 * The values are the effective {@code mp.jwt.verify.*} settings (see {@code META-INF/microprofile-config.properties}:
 * the prod profile takes them from {@code TOWNREFORM_OIDC_ISSUER} and {@code TOWNREFORM_OIDC_JWKS_URL}).
 */
@ConfigMapping(prefix = "townreform.token-trust")
@TokenTrust.Checked
public interface TokenTrust {
    /** The issuer the development key signs as; never trusted in production. */
    String DEV_ISSUER = "https://townreform.local/dev";

    /** The clear answer an operator gets when production has no OIDC configuration. */
    String MISSING_OIDC = "The production profile refuses to start without an OIDC issuer: set TOWNREFORM_OIDC_ISSUER to"
            + " the issuer URL (the 'iss' of its tokens) and TOWNREFORM_OIDC_JWKS_URL to the issuer's JWKS endpoint (for"
            + " Keycloak: <issuer>/protocol/openid-connect/certs); see docs/operations.md. The development key in"
            + " deploy/local/dev-keys is trusted only by the dev, test and local profiles.";

    /** {@code dev-key} in the dev, test and local profiles; {@code oidc} everywhere else. */
    Mode mode();

    /** The issuer tokens must carry ({@code mp.jwt.verify.issuer}). */
    Optional<String> issuer();

    /** Where the verification keys come from ({@code mp.jwt.verify.publickey.location}). */
    Optional<String> keyLocation();

    /** A key given inline ({@code mp.jwt.verify.publickey}); production takes keys only from the issuer's JWKS. */
    Optional<String> inlineKey();

    enum Mode {
        DEV_KEY, OIDC
    }

    /** The reason this configuration must not run, or empty when it may. */
    static Optional<String> problem(TokenTrust trust) {
        if (trust.mode() == Mode.DEV_KEY) {
            return Optional.empty();
        }
        String issuer = trust.issuer().map(String::strip).orElse("");
        String location = trust.keyLocation().map(String::strip).orElse("");
        if (issuer.isEmpty() || location.isEmpty()) {
            return Optional.of(MISSING_OIDC);
        }
        if (issuer.equals(DEV_ISSUER)) {
            return Optional.of("The production profile refuses the development issuer " + DEV_ISSUER
                    + ": set TOWNREFORM_OIDC_ISSUER to the county's OIDC issuer. " + MISSING_OIDC);
        }
        if (location.contains("dev-keys") || !isHttpUrl(location)) {
            return Optional.of("The production profile takes verification keys only from the OIDC issuer's JWKS URL"
                    + " (http or https), not '" + location + "'. " + MISSING_OIDC);
        }
        if (trust.inlineKey().filter(k -> !k.isBlank()).isPresent()) {
            return Optional.of("The production profile refuses an inline verification key (mp.jwt.verify.publickey):"
                    + " unset it and give the issuer's JWKS URL in TOWNREFORM_OIDC_JWKS_URL.");
        }
        return Optional.empty();
    }

    private static boolean isHttpUrl(String location) {
        try {
            URI uri = URI.create(location);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Fails the configuration (and so the start) when {@link #problem(TokenTrust)} finds one. */
    @Documented
    @Retention(RUNTIME)
    @Target(TYPE)
    @Constraint(validatedBy = Checker.class)
    @interface Checked {
        String message() default MISSING_OIDC;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    class Checker implements ConstraintValidator<Checked, TokenTrust> {
        @Override
        public boolean isValid(TokenTrust trust, ConstraintValidatorContext context) {
            Optional<String> problem = problem(trust);
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(escape(problem.get())).addConstraintViolation();
            return false;
        }

        /** Message templates treat braces and dollars as expressions; the text is plain. */
        private static String escape(String text) {
            return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
