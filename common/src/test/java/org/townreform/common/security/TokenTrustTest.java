package org.townreform.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class TokenTrustTest {
    private static final String ISSUER = "https://sso.county.example/realms/townreform";
    private static final String JWKS = ISSUER + "/protocol/openid-connect/certs";

    record Trust(TokenTrust.Mode mode, Optional<String> issuer, Optional<String> keyLocation,
            Optional<String> inlineKey) implements TokenTrust {
    }

    private static Trust oidc(String issuer, String location) {
        return new Trust(TokenTrust.Mode.OIDC, Optional.ofNullable(issuer), Optional.ofNullable(location),
                Optional.empty());
    }

    @Test
    void productionWithAnIssuerAndItsJwksMayStart() {
        assertThat(TokenTrust.problem(oidc(ISSUER, JWKS))).isEmpty();
    }

    @Test
    void productionWithoutAnIssuerRefusesWithTheVariablesToSet() {
        assertThat(TokenTrust.problem(oidc(null, null))).contains(TokenTrust.MISSING_OIDC);
        assertThat(TokenTrust.problem(oidc("  ", JWKS))).contains(TokenTrust.MISSING_OIDC);
        assertThat(TokenTrust.problem(oidc(ISSUER, ""))).contains(TokenTrust.MISSING_OIDC);
        assertThat(TokenTrust.MISSING_OIDC).contains("TOWNREFORM_OIDC_ISSUER", "TOWNREFORM_OIDC_JWKS_URL");
    }

    @Test
    void productionRefusesTheDevelopmentIssuerAndKey() {
        assertThat(TokenTrust.problem(oidc(TokenTrust.DEV_ISSUER, JWKS))).get().asString()
                .contains("development issuer");
        assertThat(TokenTrust.problem(oidc(ISSUER, "../deploy/local/dev-keys/public.pem"))).get().asString()
                .contains("JWKS URL");
        assertThat(TokenTrust.problem(oidc(ISSUER, "https://example.org/deploy/local/dev-keys/public.pem")))
                .isPresent();
        assertThat(TokenTrust.problem(oidc(ISSUER, "file:/keys/jwks.json"))).isPresent();
        assertThat(TokenTrust.problem(oidc(ISSUER, "not a url"))).isPresent();
    }

    @Test
    void productionRefusesAnInlineKey() {
        Trust trust = new Trust(TokenTrust.Mode.OIDC, Optional.of(ISSUER), Optional.of(JWKS),
                Optional.of("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"));
        assertThat(TokenTrust.problem(trust)).get().asString().contains("inline");
    }

    @Test
    void devTestAndLocalTrustTheDevelopmentKey() {
        Trust trust = new Trust(TokenTrust.Mode.DEV_KEY, Optional.of(TokenTrust.DEV_ISSUER),
                Optional.of("../deploy/local/dev-keys/public.pem"), Optional.empty());
        assertThat(TokenTrust.problem(trust)).isEmpty();
    }
}
