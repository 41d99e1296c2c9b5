package org.townreform.common.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs test tokens with the development key in {@code deploy/local/dev-keys/} (the key the test profile trusts), the same
 * way {@code deploy/local/token.sh} does.
 */
public final class Tokens {
    public static final String ISSUER = "https://townreform.local/dev";
    private static volatile PrivateKey key;

    private Tokens() {
    }

    public static String of(String role, String town, String dept) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER)
                .subject("test-" + role + (town == null ? "" : "-" + town) + (dept == null ? "" : "-" + dept))
                .claim("preferred_username", "test " + role)
                .groups(Set.of(role))
                .expiresIn(3600);
        if (town != null) {
            b.claim("town", town);
        }
        if (dept != null) {
            b.claim("dept", dept);
        }
        return b.jws().keyId("dev").sign(privateKey());
    }

    /**
     * A token holding several roles at once, e.g. a county-wide writer that may call every operation of a service (a
     * county role in the set keeps the town claim from scoping it to one town).
     */
    public static String roles(Set<String> roles, String town, String dept) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER).subject("test-" + String.join("+", new java.util.TreeSet<>(roles)))
                .claim("preferred_username", "test " + String.join("+", new java.util.TreeSet<>(roles)))
                .groups(roles).expiresIn(3600);
        if (town != null) {
            b.claim("town", town);
        }
        if (dept != null) {
            b.claim("dept", dept);
        }
        return b.jws().keyId("dev").sign(privateKey());
    }

    public static String role(String role) {
        return of(role, null, null);
    }

    public static String town(String role, String town) {
        return of(role, town, null);
    }

    public static String dept(String dept) {
        return of("dept-officer", null, dept);
    }

    /** A token of the role that expired an hour ago (otherwise valid). */
    public static String expired(String role) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).subject("test-expired-" + role).groups(Set.of(role)).issuedAt(now - 7200)
                .expiresAt(now - 3600).jws().keyId("dev").sign(privateKey());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    static PrivateKey privateKey() {
        PrivateKey k = key;
        if (k == null) {
            try {
                String pem = Files.readString(DevKeys.dir().resolve("private.pem"));
                String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                k = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
                key = k;
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the dev signing key", e);
            }
        }
        return k;
    }

    /** Where the development keys are: {@code deploy/local/dev-keys} of the checkout the tests run in. */
    public static final class DevKeys {
        private DevKeys() {
        }

        public static Path dir() {
            Path p = Path.of("").toAbsolutePath();
            for (int i = 0; i < 5 && p != null; i++, p = p.getParent()) {
                Path candidate = p.resolve("deploy/local/dev-keys");
                if (Files.isRegularFile(candidate.resolve("private.pem"))) {
                    return candidate;
                }
            }
            throw new IllegalStateException("deploy/local/dev-keys not found above " + Path.of("").toAbsolutePath());
        }
    }
}
