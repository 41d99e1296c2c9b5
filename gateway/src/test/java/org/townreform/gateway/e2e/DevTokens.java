package org.townreform.gateway.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens signed with the development key in {@code deploy/local/dev-keys/}, which the gateway's test profile and
 * the services' local profile trust: the same claims as {@code deploy/local/token.sh} and common's test {@code Tokens}
 * (the gateway depends on no other module of the suite).
 */
public final class DevTokens {
    public static final String ISSUER = "https://townreform.local/dev";
    private static volatile PrivateKey key;

    private DevTokens() {
    }

    public static String of(String role, String town) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER)
                .subject("e2e-" + role + (town == null ? "" : "-" + town))
                .claim("preferred_username", "e2e " + role)
                .groups(Set.of(role))
                .expiresIn(3600);
        if (town != null) {
            b.claim("town", town);
        }
        return b.jws().keyId("dev").sign(privateKey());
    }

    /** A county-wide role: {@code supervisor}, {@code county-org}, {@code county-finance}. */
    public static String county(String role) {
        return of(role, null);
    }

    /** A town user: {@code town-clerk} or {@code town-leader} of the town. */
    public static String town(String role, String town) {
        return of(role, town);
    }

    private static PrivateKey privateKey() {
        PrivateKey k = key;
        if (k == null) {
            try {
                String pem = Files.readString(E2eServices.root().resolve("deploy/local/dev-keys/private.pem"));
                String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                k = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
                key = k;
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the development signing key", e);
            }
        }
        return k;
    }
}
